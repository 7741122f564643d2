using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Numbering;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>
/// Demo data of 法制审核: cases whose findings are linked to a penalty matter and were rectified — one waiting for the
/// legal reviewer's opinion whether a penalty is due (不得以责令改正代替行政处罚), one archived after the opinion 同意（不予处罚）,
/// one sent to the transfer after the opinion 不同意 — all through the same domain steps as real use, on working days.
/// The transfers of the other demo stories are reviewed through <see cref="AgreeToTransfer"/> before their approval.
/// </summary>
internal sealed class LegalReviewDemoData(
    AppDbContext db,
    SequenceAllocator numbers,
    WorkingDayCalendar calendar,
    DateTime now,
    IReadOnlyList<AppUser> staff,
    IReadOnlyList<ResponsibleParty> parties)
{
    /// <summary>The demo legal reviewer (李慧敏).</summary>
    public static Actor ReviewerOf(IReadOnlyList<AppUser> staff)
    {
        var userName = DemoPeople.Users.First(u => u.Role == StaffRoles.LegalReviewer).UserName;
        var reviewer = staff.Single(u => u.UserName == userName);
        return new Actor(reviewer.Id, reviewer.FullName);
    }

    /// <summary>The legal reviewer agrees to the transfer the demo story is about to approve.</summary>
    public static void AgreeToTransfer(EnforcementCase c, Actor reviewer, DateTime at, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(c);
        var transfer = c.CurrentTransfer!;
        var at2 = at < transfer.RequestedAt ? transfer.RequestedAt.AddMinutes(30) : at;
        c.RecordLegalReview(new LegalReviewDraft(LegalReviewOpinion.Agreed, "案件事实清楚，证据确实充分，引用的行政处罚事项及依据适当，移交程序合法，同意移交。"), reviewer, at2, calendar);
    }

    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        var catalogue = await db.PenaltyMatters.AsNoTracking().ToListAsync(cancellationToken);

        // 房产科: rectified, waits for the opinion whether a penalty is due.
        await StoryAsync(DepartmentCode.Housing, 4, "金源·锦绣华府二期售楼中心", "伊宁市上海路68号", 24, catalogue,
            "未取得商品房预售许可证即收取购房定金", null, cancellationToken);

        // 安监站: rectified, waits for the opinion as well.
        await StoryAsync(DepartmentCode.Safety, 5, "伊宁市体育中心改造工程", "伊宁市阿合买提江路268号", 20, catalogue,
            "特种作业人员未持证上岗", null, cancellationToken);

        // 质监站: rectified, 同意（不予处罚）, archived.
        await StoryAsync(DepartmentCode.Quality, 10, "英也尔乡安置房4#楼", "伊宁市英也尔乡工业园区8号", 40, catalogue,
            "混凝土试块未按规定见证取样送检",
            (LegalReviewOpinion.Agreed, "当事人系首次违法，违法行为轻微并已在整改期限内及时改正，未造成危害后果，依《中华人民共和国行政处罚法》第三十三条第一款不予行政处罚，同意结案。"),
            cancellationToken);

        // 建管科: rectified, 不同意 — a penalty is due, so the case goes to the transfer.
        await StoryAsync(DepartmentCode.ConstructionManagement, 7, "伊宁市第八中学风雨操场项目", "伊宁市斯大林街3巷21号", 30, catalogue,
            "未取得施工许可证擅自施工",
            (LegalReviewOpinion.Disagreed, "未取得施工许可证擅自施工属法律规定应当给予行政处罚的行为，补办手续不能代替行政处罚，应移交伊宁市城市管理局依法处置。"),
            cancellationToken);
    }

    private async Task StoryAsync(DepartmentCode department, int partyIndex, string site, string address, int daysAgo, IReadOnlyList<PenaltyMatter> catalogue, string finding, (LegalReviewOpinion Opinion, string Reasons)? opinion, CancellationToken cancellationToken)
    {
        var party = parties[partyIndex];
        var officers = staff.Where(u => u.Department == department && u.Certificate is not null && u.Certificate.IsValidOn(DateOnly.FromDateTime(now)) && !u.UserName!.EndsWith("chief", StringComparison.Ordinal))
            .OrderBy(u => u.UserName, StringComparer.Ordinal).Take(2).Select(u => u.ToOfficerOnDuty()).ToList();
        var officer = new Actor(officers[0].UserId, officers[0].Name);
        var matter = PenaltyMatterChoice.BestFor(catalogue, department, [finding], DateOnly.FromDateTime(now))
            ?? catalogue.First(m => m.AppliesTo(department) && m.IsInForce(DateOnly.FromDateTime(now)));

        var inspectedAt = WorkingDay(daysAgo).ToDateTime(new TimeOnly(10, 0));
        var number = await numbers.NextCaseNumberAsync(department, inspectedAt.Year, cancellationToken);
        var opening = new CaseOpening(department, Trigger.RoutinePatrol, party.Id, site, address, inspectedAt,
            $"执法人员出示执法证件，对{site}进行现场检查，发现1项{DepartmentPolicy.For(department).FindingNoun}，已拍照取证。",
            officers, [new FindingDraft(finding, FindingSeverity.General, "现场", matter.Id)], new GeoPoint(43.92, 81.33));
        var c = EnforcementCase.Open(Guid.NewGuid(), number, opening, officer, inspectedAt.AddHours(1), calendar);

        var noticeAt = WorkingDay(daysAgo - 1).ToDateTime(new TimeOnly(16, 0));
        var noticeNumber = await numbers.NextNoticeNumberAsync(department, noticeAt.Year, cancellationToken);
        var day = DateOnly.FromDateTime(noticeAt);
        c.IssueNotice(new NoticeDraft(noticeNumber, day, $"1. 针对“{finding}”，立即整改并提交整改材料。", [1], 7, ServiceMethod.InPerson, day, party.ContactPerson ?? party.LegalRepresentative, officers), officer, noticeAt, calendar);
        var replyAt = WorkingDay(daysAgo - 6).ToDateTime(new TimeOnly(11, 0));
        c.RecordReply(new ReplyDraft(DateOnly.FromDateTime(replyAt), ReplyKind.Statement, "已按要求整改完毕，附整改前后照片及相关材料。"), officer, replyAt, calendar);
        var reviewAt = WorkingDay(daysAgo - 8).ToDateTime(new TimeOnly(10, 0));
        c.RecordReview(new ReviewDraft(reviewAt, ReviewOutcome.Rectified, "经现场复查，问题已整改到位。", [new ReviewItemResult(1, true, "已整改到位")], officers), officer, reviewAt, calendar);

        if (opinion is { } o)
        {
            var reviewer = ReviewerOf(staff);
            var opinionAt = WorkingDay(daysAgo - 10).ToDateTime(new TimeOnly(15, 0));
            c.RecordLegalReview(new LegalReviewDraft(o.Opinion, o.Reasons), reviewer, opinionAt, calendar);
            if (o.Opinion == LegalReviewOpinion.Agreed)
            {
                c.Archive(officer, WorkingDay(daysAgo - 12).ToDateTime(new TimeOnly(17, 0)), calendar);
            }
        }

        db.Cases.Add(c);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The working day on or before <paramref name="daysAgo"/> days ago (调休 calendar), never after today.</summary>
    private DateOnly WorkingDay(int daysAgo)
    {
        var day = DateOnly.FromDateTime(now).AddDays(-Math.Max(daysAgo, 0));
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }
}
