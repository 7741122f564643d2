using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Infrastructure.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence.Configurations;

/// <summary>
/// The complaint aggregate: the complaint row, its timeline and its attachments as owned collections. The complainant's
/// name and phone are stored only as Data Protection ciphertext, beside the keyed hash of the phone.
/// </summary>
internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("Complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ReceiptNumber).HasMaxLength(Complaint.ReceiptMaxLength).IsRequired();
        builder.HasIndex(c => c.ReceiptNumber).IsUnique();
        builder.HasIndex(c => new { c.Year, c.Sequence }).IsUnique();
        builder.HasIndex(c => new { c.State, c.Department });
        builder.HasIndex(c => c.ReceivedOn);
        ConfigureDeskIndexes(builder);
        builder.HasIndex(c => c.PartyKey);
        builder.HasIndex(c => c.SiteKey);
        builder.HasIndex(c => c.ComplainantPhoneHash);
        builder.HasIndex(c => c.CaseId);
        builder.Property(c => c.ChannelReference).HasMaxLength(Complaint.PartyNameMaxLength);
        builder.Property(c => c.PartyName).HasMaxLength(Complaint.PartyNameMaxLength).IsRequired();
        builder.Property(c => c.PartyKey).HasMaxLength(Complaint.PartyNameMaxLength).IsRequired();
        builder.Property(c => c.SiteAddress).HasMaxLength(Complaint.AddressMaxLength).IsRequired();
        builder.Property(c => c.SiteKey).HasMaxLength(Complaint.AddressMaxLength).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(Complaint.DescriptionMaxLength).IsRequired();
        builder.Property(c => c.ComplainantNameCipher).HasMaxLength(Complaint.CipherMaxLength);
        builder.Property(c => c.ComplainantPhoneCipher).HasMaxLength(Complaint.CipherMaxLength);
        builder.Property(c => c.ComplainantPhoneHash).HasMaxLength(Complaint.HashMaxLength);
        builder.Property(c => c.QueryCodeHash).HasMaxLength(Complaint.HashMaxLength).IsRequired();
        builder.Property(c => c.RoutingOverrideReason).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.HandlerName).HasMaxLength(Complaint.ActorNameMaxLength);
        builder.Property(c => c.ExtensionReason).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.PendingExtensionReason).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.PendingRequestReason).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.RefusalReason).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.EnterpriseReply).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.EnterpriseRequest).HasMaxLength(Complaint.TextMaxLength);
        builder.HasIndex(c => c.EnterprisePartyId);
        builder.HasOne<Domain.Parties.ResponsibleParty>().WithMany().HasForeignKey(c => c.EnterprisePartyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Answer).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.AssistUnit).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.AssistAnswer).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.CaseNumber).HasMaxLength(EnforcementCase.NumberMaxLength);
        builder.Property(c => c.DelayReason).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.VisitNote).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<EnforcementCase>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Complaint>().WithMany().HasForeignKey(c => c.LinkedToId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.IsAnonymous);
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.OpenDeadline);
        builder.Ignore(c => c.DuplicateKey);
        builder.Ignore(c => c.PermittedActions);

        builder.OwnsMany(c => c.Events, e =>
        {
            e.ToTable("ComplaintEvents");
            e.WithOwner().HasForeignKey(x => x.ComplaintId);
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.ActorName).HasMaxLength(Complaint.ActorNameMaxLength).IsRequired();
            e.Property(x => x.Summary).HasMaxLength(ComplaintEvent.SummaryMaxLength).IsRequired();
            e.HasIndex(x => new { x.ComplaintId, x.Sequence }).IsUnique();
        });
        builder.Navigation(c => c.Events).HasField("_events");

        builder.OwnsMany(c => c.Attachments, a =>
        {
            a.ToTable("ComplaintAttachments");
            a.WithOwner().HasForeignKey("ComplaintId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.FileName).HasMaxLength(ComplaintAttachment.FileNameMaxLength).IsRequired();
            a.Property(x => x.ContentType).HasMaxLength(Domain.Cases.EvidenceFile.ContentTypeMaxLength).IsRequired();
            a.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
            a.Property(x => x.StorageKey).HasMaxLength(Domain.Cases.EvidenceFile.StorageKeyMaxLength).IsRequired();
            a.HasIndex(x => x.StorageKey); // the file check (FileMaintenance)
        });
        builder.Navigation(c => c.Attachments).HasField("_attachments");
    }

    /// <summary>SQL of the pending-extension condition as EF Core writes it (so the query's condition proves the partial index's); valid on all three providers.</summary>
    internal const string PendingExtensionFilter = "\"PendingExtensionDays\" IS NOT NULL";

    /// <summary>
    /// Each list of the complaint desk (ComplaintQueries) reads one index per source, in its order: newest first by
    /// (ReceivedAt, ReceiptNumber), the overdue list by its deadline then the receipt number. The receipt number makes
    /// the keyset cursor stable; the trailing columns let the sections' counts read the index alone.
    /// </summary>
    private static void ConfigureDeskIndexes(EntityTypeBuilder<Complaint> builder)
    {
        builder.HasIndex(c => new { c.ReceivedAt, c.ReceiptNumber }, "IX_Complaints_Desk_Recent");
        builder.HasIndex(c => new { c.Department, c.ReceivedAt, c.ReceiptNumber }, "IX_Complaints_Desk_Department_Recent");
        builder.HasIndex(c => new { c.State, c.ReceivedAt, c.ReceiptNumber }, "IX_Complaints_Desk_State");
        builder.HasIndex(c => new { c.Department, c.State, c.ReceivedAt, c.ReceiptNumber }, "IX_Complaints_Desk_Department_State");
        builder.HasIndex(c => new { c.State, c.Visit, c.ReceivedAt, c.ReceiptNumber }, "IX_Complaints_Desk_Visit");
        builder.HasIndex(c => new { c.Department, c.ReceivedAt, c.ReceiptNumber, c.State, c.PendingExtensionDays, c.Id }, "IX_Complaints_Desk_Department_Extension")
            .HasFilter(PendingExtensionFilter);
        // 我经办的 leaves out closed and refused complaints by the State column of the index itself (no partial index: SQL
        // Server's filtered indexes take no NOT IN), so neither its rows nor its count read a complaint they do not show.
        builder.HasIndex(c => new { c.Department, c.HandlerId, c.ReceivedAt, c.ReceiptNumber, c.State }, "IX_Complaints_Desk_Department_Handler");
        builder.HasIndex(c => new { c.State, c.OpinionDue, c.ReceiptNumber }, "IX_Complaints_Desk_OpinionDue");
        builder.HasIndex(c => new { c.Department, c.State, c.OpinionDue, c.ReceiptNumber }, "IX_Complaints_Desk_Department_OpinionDue");
        builder.HasIndex(c => new { c.State, c.Outcome, c.AssistAnsweredOn, c.AssistDue, c.ReceiptNumber }, "IX_Complaints_Desk_AssistDue");
        builder.HasIndex(c => new { c.Department, c.State, c.Outcome, c.AssistAnsweredOn, c.AssistDue, c.ReceiptNumber }, "IX_Complaints_Desk_Department_AssistDue");
    }
}

internal sealed class ComplaintRoutingRuleConfiguration : IEntityTypeConfiguration<ComplaintRoutingRule>
{
    public void Configure(EntityTypeBuilder<ComplaintRoutingRule> builder)
    {
        builder.ToTable("ComplaintRoutingRules");
        builder.HasKey(r => r.Line);
        builder.Property(r => r.Line).ValueGeneratedNever();
        builder.Property(r => r.ChangedByName).HasMaxLength(ComplaintRoutingRule.ActorNameMaxLength).IsRequired();
    }
}

internal sealed class ProtectedSecretConfiguration : IEntityTypeConfiguration<ProtectedSecret>
{
    public void Configure(EntityTypeBuilder<ProtectedSecret> builder)
    {
        builder.ToTable("ProtectedSecrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(ProtectedSecret.NameMaxLength);
        builder.Property(s => s.ProtectedValue).HasMaxLength(ProtectedSecret.ValueMaxLength).IsRequired();
    }
}
