using EnforcementPortal.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

/// <summary>The major-case marks of a complaint (重大案件): reasons as flags, lead unit, participating departments as JSON.</summary>
internal sealed class ComplaintMajorCaseConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.Property(c => c.MajorParticipants).AsJson();
        builder.HasIndex(c => c.MajorReasons);
    }
}
