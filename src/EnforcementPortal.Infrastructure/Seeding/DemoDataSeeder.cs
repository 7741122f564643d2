using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Numbering;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>
/// Demo logins, enterprises and cases in every state of every department's lifecycle, walked through the domain
/// exactly as officers would (so timelines, numbers and deadlines are real). Runs once, on an empty database.
/// </summary>
public sealed class DemoDataSeeder(
    AppDbContext db,
    UserManager<AppUser> users,
    SequenceAllocator numbers,
    IWorkingDayCalendarProvider calendars,
    IBureauClock clock,
    Complaints.ComplainantProtection complainants,
    ILogger<DemoDataSeeder> logger,
    IServiceProvider services)
{
    /// <summary>The living bureau's default rate: the published figures show a few thousand inspections a year.</summary>
    public const int DefaultCasesPerYear = 2000;

    public async Task SeedAsync(CancellationToken cancellationToken) => await SeedAsync(DefaultCasesPerYear, cancellationToken);

    public async Task SeedAsync(int casesPerYear, CancellationToken cancellationToken)
    {
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        logger.LogInformation("Seeding demo data");
        foreach (var demo in DemoPeople.Users)
        {
            var user = new AppUser
            {
                Id = Guid.NewGuid(),
                UserName = demo.UserName,
                FullName = demo.FullName,
                Department = demo.Department,
                Certificate = demo.Certificate,
                EmailConfirmed = true,
                CreatedAt = clock.Now,
            };
            var created = await users.CreateAsync(user, DemoPeople.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo user {demo.UserName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, demo.Role);
        }

        var parties = DemoPeople.Parties
            .Select((p, i) => new ResponsibleParty(Guid.NewGuid(), p.Name, DemoPeople.CreditCodeFor(i), p.Kind, p.LegalRepresentative, p.Contact, p.Phone, p.Address))
            .ToList();
        db.Parties.AddRange(parties);
        await db.SaveChangesAsync(cancellationToken);

        var calendar = await calendars.GetAsync(cancellationToken);
        var staff = await users.Users.AsNoTracking().ToListAsync(cancellationToken);
        var story = new DemoCaseStories(db, numbers, calendar, clock.Now, staff, parties);
        await story.WriteAllAsync(cancellationToken);
        var supervision = SupervisionDemo(calendar, staff);
        await new StatisticsDemoData(db, numbers, calendar, staff, supervision is null ? null : supervision.WriteHistoricLettersAsync).WriteAsync(cancellationToken);
        await new TypicalCaseDemoData(db, staff).WriteAsync(cancellationToken);
        await new LegalReviewDemoData(db, numbers, calendar, clock.Now, staff, parties).WriteAsync(cancellationToken);
        await new InspectionDemoData(db, staff, parties, calendar, clock.Now).WriteAsync(cancellationToken);
        await new DemoComplaints(db, numbers, calendar, complainants, clock.Now, staff).WriteAsync(cancellationToken);
        await new EnterpriseDemoData(db, users, services, clock.Now).WriteAsync(parties, cancellationToken);
        await new EnterpriseComplaintDemoData(db, numbers, calendar, complainants, clock.Now, staff).WriteAsync(parties, cancellationToken);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await story.WriteLivingBureauAsync(casesPerYear, FirstUnpublishedDay, cancellationToken);
        logger.LogInformation("Living demo bureau: {CasesPerYear} cases a year written in {Elapsed} ms", casesPerYear, started.ElapsedMilliseconds);
        await new OfficerSupervisionDemoData(db, calendar, clock.Today).WriteAsync(cancellationToken);
        await (supervision?.WriteCurrentLettersAsync(clock.Now, cancellationToken) ?? Task.CompletedTask);
    }

    /// <summary>The 督办函 demo, when the documents can be issued (the web host registers the document service).</summary>
    private SupervisionDemoData? SupervisionDemo(Domain.Calendar.WorkingDayCalendar calendar, IReadOnlyList<AppUser> staff)
    {
        var documents = services.GetService(typeof(Documents.CaseDocumentService)) as Documents.CaseDocumentService;
        var configuration = services.GetService(typeof(Microsoft.Extensions.Configuration.IConfiguration)) as Microsoft.Extensions.Configuration.IConfiguration;
        return documents is null ? null : new SupervisionDemoData(db, documents, calendar, staff, configuration?["Documents:PublicBaseUrl"] ?? "http://localhost:5000");
    }

    /// <summary>The living cases keep out of the published years, so those years' records stay as published.</summary>
    private static DateOnly FirstUnpublishedDay(Domain.Departments.DepartmentCode department)
    {
        var published = StatisticsDemoData.Publications.Where(p => p.Department == department).Select(p => p.Year).DefaultIfEmpty(0).Max();
        return published == 0 ? DateOnly.MinValue : new DateOnly(published + 1, 1, 1);
    }
}
