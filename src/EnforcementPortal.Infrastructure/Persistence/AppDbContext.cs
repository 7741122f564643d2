using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Persistence;

/// <summary>
/// The portal's database. Provider-specific subclasses (<see cref="SqliteAppDbContext"/>, <see cref="SqlServerAppDbContext"/>)
/// exist only to keep one set of migrations per provider; the model is defined here once.
/// </summary>
public abstract class AppDbContext : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>, IDataProtectionKeyContext
{
    private IDepartmentScope _scope = FixedDepartmentScope.Unrestricted;

    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>
    /// Whose cases this context reads: the query filters and <see cref="CasesInScope"/> follow it. A context made with
    /// <c>new</c> (seeding, tests, tools) sees every department until told otherwise. The portal's contexts come from a
    /// pool (<see cref="DependencyInjection"/>): each is given the request's scope when it is leased, and returning it to
    /// the pool sets <see cref="FixedDepartmentScope.Nothing"/>, so no user's scope outlives its request
    /// (<c>PooledContextScope</c> tests this).
    /// </summary>
    public IDepartmentScope DepartmentScope
    {
        get => _scope;
        set => _scope = value ?? throw new ArgumentNullException(nameof(value));
    }

    public override void Dispose()
    {
        _scope = FixedDepartmentScope.Nothing;
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override ValueTask DisposeAsync()
    {
        _scope = FixedDepartmentScope.Nothing;
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<ResponsibleParty> Parties => Set<ResponsibleParty>();

    public DbSet<EnforcementCase> Cases => Set<EnforcementCase>();

    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<PenaltyMatter> PenaltyMatters => Set<PenaltyMatter>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The security audit log: rows are only ever added (<see cref="SaveChanges(bool)"/> refuses anything else).</summary>
    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();

    public DbSet<Lease> Leases => Set<Lease>();

    /// <summary>The public site's settings (footer, 索引号 prefix), kept by the administrator.</summary>
    public DbSet<SiteSetting> SiteSettings => Set<SiteSetting>();

    /// <summary>Which decisions of each department need a legal review (法制审核).</summary>
    public DbSet<LegalReviewScope> LegalReviewScopes => Set<LegalReviewScope>();

    /// <summary>
    /// <see cref="Cases"/> with a department user's scope also written as a plain <c>Department = @dept</c>, for the
    /// lists and queues. The query filter alone (<c>@seesAll OR Department = @dept</c>, one shape for every user so
    /// that compiled queries are shared) is an OR with a parameter, which no index can serve: a department's first
    /// page read the whole table. With the equality beside it, the (Department, …) indexes serve every department list;
    /// the bureau-wide roles get no department predicate at all. The query filter still guards every other query.
    /// </summary>
    /// <summary>The departments whose cases this context's scope may read (none for a scope without a department).</summary>
    public IReadOnlyList<DepartmentCode> VisibleDepartments =>
        ScopeSeesAll ? Enum.GetValues<DepartmentCode>() : ScopeDepartment is { } department ? [department] : [];

    public IQueryable<EnforcementCase> CasesInScope
    {
        get
        {
            if (ScopeSeesAll || ScopeDepartment is not { } department)
            {
                return Cases;
            }

            return Cases.Where(c => c.Department == department);
        }
    }

    public DbSet<Domain.Complaints.Complaint> Complaints => Set<Domain.Complaints.Complaint>();

    public DbSet<Domain.Complaints.ComplaintRoutingRule> ComplaintRoutingRules => Set<Domain.Complaints.ComplaintRoutingRule>();

    public DbSet<Domain.Complaints.AssistDocument> AssistDocuments => Set<Domain.Complaints.AssistDocument>();

    public DbSet<Complaints.ProtectedSecret> ProtectedSecrets => Set<Complaints.ProtectedSecret>();

    public DbSet<Domain.Staff.CertificateStatusChange> CertificateStatusChanges => Set<Domain.Staff.CertificateStatusChange>();

    public DbSet<Domain.Staff.TrainingRecord> TrainingRecords => Set<Domain.Staff.TrainingRecord>();

    public DbSet<Domain.CaseReview.ReviewCampaign> ReviewCampaigns => Set<Domain.CaseReview.ReviewCampaign>();
    /// <summary>督办函 and 建设单位依法履行建设程序督办函, each also an issued document of its case.</summary>
    public DbSet<Domain.Supervision.SupervisionLetter> SupervisionLetters => Set<Domain.Supervision.SupervisionLetter>();
    /// <summary>年度检查计划, 检查方案/检查, 双随机抽取 and 检查清单 (住建部 建法〔2025〕40号 (八)).</summary>
    public DbSet<Domain.Inspections.InspectionPlan> InspectionPlans => Set<Domain.Inspections.InspectionPlan>();

    public DbSet<Domain.Inspections.InspectionVisit> InspectionVisits => Set<Domain.Inspections.InspectionVisit>();

    public DbSet<Domain.Inspections.InspectionDraw> InspectionDraws => Set<Domain.Inspections.InspectionDraw>();

    public DbSet<Domain.Inspections.InspectionChecklist> InspectionChecklists => Set<Domain.Inspections.InspectionChecklist>();
    public DbSet<Domain.Enterprises.EnterpriseInvitation> EnterpriseInvitations => Set<Domain.Enterprises.EnterpriseInvitation>();

    public DbSet<Domain.Enterprises.ReconsiderationApplication> Reconsiderations => Set<Domain.Enterprises.ReconsiderationApplication>();

    // Read by the query filter for every query, so they are evaluated per context instance (per request).
    internal bool ScopeSeesAll => _scope.SeesAllDepartments;

    internal DepartmentCode? ScopeDepartment => _scope.Department;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.Entity<EnforcementCase>().HasQueryFilter(c => ScopeSeesAll || c.Department == ScopeDepartment);
        builder.Entity<TypicalCase>().HasQueryFilter(t => ScopeSeesAll || t.Department == ScopeDepartment);
        builder.Entity<Domain.Inspections.InspectionPlan>().HasQueryFilter(p => ScopeSeesAll || p.Department == ScopeDepartment);
        builder.Entity<Domain.Inspections.InspectionVisit>().HasQueryFilter(v => ScopeSeesAll || v.Department == ScopeDepartment);
        builder.Entity<Domain.Inspections.InspectionDraw>().HasQueryFilter(d => ScopeSeesAll || d.Department == ScopeDepartment);
        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.FullName).HasMaxLength(AppUser.FullNameMaxLength);
            user.Property(u => u.Department).HasConversion<int?>();
            user.HasIndex(u => u.Department);
            user.OwnsOne(u => u.Certificate, certificate =>
            {
                certificate.Property(c => c.Number).HasMaxLength(Domain.Staff.Certificate.NumberMaxLength).HasColumnName("CertificateNumber");
                certificate.Property(c => c.IssuingAuthority).HasMaxLength(Domain.Staff.Certificate.IssuerMaxLength).HasColumnName("CertificateIssuer");
                certificate.Property(c => c.ValidFrom).HasColumnName("CertificateValidFrom");
                certificate.Property(c => c.ValidTo).HasColumnName("CertificateValidTo");
                certificate.Property(c => c.Status).HasColumnName("CertificateStatus");
            });
        });
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        CaseRecordColumns.Stamp(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        CaseRecordColumns.Stamp(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The audit log is append-only through the application: an entry is never updated or deleted.</summary>
    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<Audit.AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries are append-only.");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<int>();
    }
}

/// <summary>The embedded default: a SQLite file.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options)
    : AppDbContext(options);

/// <summary>The production database.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options)
    : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);

        // SQL Server's filtered indexes accept comparisons, IN and IS [NOT] NULL joined by AND, but not NOT IN: the open-case
        // filter is written there as the two comparisons it means. Its optimizer matches a query's NOT IN to them.
        foreach (var index in builder.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()))
        {
            if (index.GetFilter() == Configurations.EnforcementCaseConfiguration.OpenFilter)
            {
                index.SetFilter(Configurations.EnforcementCaseConfiguration.OpenFilterSqlServer);
            }
        }
    }
}

/// <summary>
/// PostgreSQL and the domestic databases that speak its dialect (KingbaseES, openGauss, HighGo). Business date-times are
/// Beijing wall-clock times everywhere in the model (China keeps no daylight saving time, so each names one instant);
/// they are stored as <c>timestamp without time zone</c>, like <c>datetime2</c> on SQL Server and ISO text on SQLite, so
/// Npgsql neither converts nor refuses them. <see cref="DateTimeOffset"/> values (Identity's lockout end) stay
/// <c>timestamp with time zone</c>; Npgsql accepts only a zero offset there, so they are converted to UTC on the way in
/// (the instant is kept; a value read back has offset zero).
/// </summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options)
    : AppDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveColumnType("timestamp without time zone");
        configurationBuilder.Properties<DateTime?>().HaveColumnType("timestamp without time zone");
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    private sealed class UtcDateTimeOffsetConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
        value => value.ToUniversalTime(),
        value => value);
}
