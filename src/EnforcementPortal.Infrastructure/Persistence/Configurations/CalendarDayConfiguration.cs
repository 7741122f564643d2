using EnforcementPortal.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

public sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("CalendarDays");
        builder.HasKey(d => d.Id);

        builder.Property(d => d.Date).IsRequired();
        builder.HasIndex(d => d.Date).IsUnique();

        // Stored by name so that the table reads on its own and survives a reordering of the enum.
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20).IsRequired();
        builder.Property(d => d.Note).HasMaxLength(CalendarDay.NoteMaxLength).IsRequired();

        builder.Ignore(d => d.Year);
    }
}
