using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

/// <summary>
/// 年度检查计划, 检查 (scheme → notice → record), 双随机 draws and checklists. Their small lists (tasks, items, item results,
/// the draw's pools, a visit's timeline) are JSON columns: they are read and written whole with their owner.
/// </summary>
internal sealed class InspectionPlanConfiguration : IEntityTypeConfiguration<InspectionPlan>
{
    public void Configure(EntityTypeBuilder<InspectionPlan> builder)
    {
        builder.ToTable("InspectionPlans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => new { p.Department, p.Year }).IsUnique();
        builder.Property(p => p.DraftedByName).HasMaxLength(InspectionPlan.ActorNameMaxLength).IsRequired();
        builder.Property(p => p.ApprovedByName).HasMaxLength(InspectionPlan.ActorNameMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property<List<PlanTask>>("_tasks").HasColumnName("Tasks").AsJson();
        builder.Ignore(p => p.Tasks);
        builder.Property<List<PlanEvent>>("_events").HasColumnName("Events").AsJson();
        builder.Ignore(p => p.Events);
        builder.Ignore(p => p.PlannedTotal);
    }
}

internal sealed class InspectionVisitConfiguration : IEntityTypeConfiguration<InspectionVisit>
{
    public void Configure(EntityTypeBuilder<InspectionVisit> builder)
    {
        builder.ToTable("InspectionVisits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => new { v.Department, v.State });
        builder.HasIndex(v => v.PartyId);
        builder.HasIndex(v => v.CaseId);
        builder.Property(v => v.PartyName).HasMaxLength(InspectionVisit.NameMaxLength).IsRequired();
        builder.Property(v => v.SiteName).HasMaxLength(InspectionVisit.NameMaxLength).IsRequired();
        builder.Property(v => v.SiteAddress).HasMaxLength(InspectionVisit.NameMaxLength).IsRequired();
        builder.Property(v => v.Scope).HasMaxLength(InspectionVisit.TextMaxLength).IsRequired();
        builder.Property(v => v.Method).HasMaxLength(InspectionVisit.TextMaxLength).IsRequired();
        builder.Property(v => v.EmergencyReason).HasMaxLength(InspectionVisit.TextMaxLength);
        builder.Property(v => v.DraftedByName).HasMaxLength(InspectionVisit.ActorNameMaxLength).IsRequired();
        builder.Property(v => v.ApprovedByName).HasMaxLength(InspectionVisit.ActorNameMaxLength);
        builder.Property(v => v.CaseNumber).HasMaxLength(EnforcementCase.NumberMaxLength);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Property<List<VisitEvent>>("_events").HasColumnName("Events").AsJson();
        builder.Property<List<ChecklistItemResult>>("_checklistResults").HasColumnName("ChecklistResults").AsJson();
        builder.Ignore(v => v.Events);
        builder.Ignore(v => v.ChecklistResults);
        builder.Ignore(v => v.AwaitsApprovalAfterwards);
        builder.Ignore(v => v.PermittedActions);
        builder.HasOne<EnforcementCase>().WithMany().HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InspectionDrawConfiguration : IEntityTypeConfiguration<InspectionDraw>
{
    public void Configure(EntityTypeBuilder<InspectionDraw> builder)
    {
        builder.ToTable("InspectionDraws");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasIndex(d => new { d.Department, d.PlanTaskId });
        builder.Property(d => d.DrawnByName).HasMaxLength(InspectionDraw.ActorNameMaxLength).IsRequired();
        builder.Property<List<Guid>>("_partyPool").HasColumnName("PartyPool").AsJson();
        builder.Property<List<Guid>>("_officerPool").HasColumnName("OfficerPool").AsJson();
        builder.Property<List<Guid>>("_drawnParties").HasColumnName("DrawnParties").AsJson();
        builder.Property<List<Guid>>("_drawnOfficers").HasColumnName("DrawnOfficers").AsJson();
        builder.Property<List<int>>("_partyWeights").HasColumnName("PartyWeights").AsJson();
        builder.Ignore(d => d.PartyWeights);
        builder.Ignore(d => d.PartyPool);
        builder.Ignore(d => d.OfficerPool);
        builder.Ignore(d => d.DrawnParties);
        builder.Ignore(d => d.DrawnOfficers);
        builder.HasOne<InspectionPlan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InspectionChecklistConfiguration : IEntityTypeConfiguration<InspectionChecklist>
{
    public void Configure(EntityTypeBuilder<InspectionChecklist> builder)
    {
        builder.ToTable("InspectionChecklists");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.Department, c.VersionNumber }).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(InspectionChecklist.TitleMaxLength).IsRequired();
        builder.Property<List<ChecklistItem>>("_items").HasColumnName("Items").AsJson();
        builder.Ignore(c => c.Items);
        builder.Ignore(c => c.Label);
    }
}
