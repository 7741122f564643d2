using EnforcementPortal.Domain.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("Departments");
        builder.HasKey(d => d.Code);
        builder.Property(d => d.Code).ValueGeneratedNever();
        builder.Property(d => d.Name).HasMaxLength(Department.NameMaxLength).IsRequired();
        builder.Property(d => d.ShortName).HasMaxLength(Department.NameMaxLength).IsRequired();
        builder.Property(d => d.Phone).HasMaxLength(Department.PhoneMaxLength).IsRequired();
        builder.Property(d => d.Office).HasMaxLength(Department.OfficeMaxLength).IsRequired();
    }
}
