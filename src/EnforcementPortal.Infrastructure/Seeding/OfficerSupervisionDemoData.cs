using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.CaseReview;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>
/// Demo data of 执法证登记, 培训记录 and 案卷评查, written through the same domain methods as the pages: a certificate
/// suspended and returned (陈刚), one expiring within 30 days of today (赵磊, renewed by the administrator's edit), the
/// officers' training of 2025 and 2026 on working days, and the 2025 案卷评查 drawn, scored by the legal reviewer and finished.
/// </summary>
internal sealed class OfficerSupervisionDemoData(AppDbContext db, WorkingDayCalendar calendar, DateOnly today)
{
    /// <summary>The seed the demo campaign was drawn with (recorded on it, so its page replays the draw).</summary>
    public const long CampaignSeed = 20260112;

    private static readonly string[] InServiceSubjects =
    [
        "《中华人民共和国行政处罚法》与执法文书制作规范",
        "住房城乡建设行政执法程序与证据收集",
        "建法〔2025〕40号 提升行政执法质量专题培训",
        "执法记录仪使用与全过程记录",
    ];

    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        if (await db.TrainingRecords.AnyAsync(cancellationToken))
        {
            return;
        }

        var staff = await db.Users.Where(u => u.Certificate != null).OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var admin = await db.Users.Where(u => u.UserName == "admin").Select(u => new { u.Id, u.FullName }).SingleAsync(cancellationToken);
        var registrar = new Actor(admin.Id, admin.FullName);

        if (staff.FirstOrDefault(u => u.UserName == "fc.officer3") is { Certificate: { } chen } chenGang)
        {
            var suspendOn = WorkingDay(new DateOnly(2024, 9, 12));
            var suspended = chen.ChangeStatus(chenGang.Id, CertificateStatus.Suspended, "现场检查时未主动出示执法证件，经群众投诉查实，暂扣执法证并参加专项培训。", suspendOn, today, null, registrar, At(suspendOn));
            var returnOn = WorkingDay(new DateOnly(2024, 10, 15));
            var returned = suspended.Certificate.ChangeStatus(chenGang.Id, CertificateStatus.Valid, "已完成执法规范专项培训并考试合格，发还执法证。", returnOn, today, suspendOn, registrar, At(returnOn));
            chenGang.Certificate = returned.Certificate;
            db.CertificateStatusChanges.AddRange(suspended.Change, returned.Change);
        }

        if (staff.FirstOrDefault(u => u.UserName == "jg.officer2") is { Certificate: { } zhao } zhaoLei)
        {
            // Renewed long ago for five years, so that it now expires within the warning period.
            var validTo = today.AddDays(Certificate.ExpiryWarningDays - 12);
            zhaoLei.Certificate = new Certificate(zhao.Number, zhao.IssuingAuthority, validTo.AddYears(-5).AddDays(1), validTo);
        }

        foreach (var (officer, index) in staff.Where(u => u.IsActive).Select((u, i) => (u, i)))
        {
            foreach (var year in new[] { 2025, 2026 })
            {
                // One officer a year has no 在岗培训 yet, which the yearly summary shows.
                if (year == 2026 && index % 6 == 5)
                {
                    continue;
                }

                var first = WorkingDay(new DateOnly(year, 3 + (index % 3), 10 + (index % 9)));
                if (first < today)
                {
                    db.TrainingRecords.Add(TrainingRecord.Record(officer.Id, officer.Department, TrainingKind.InService, InServiceSubjects[(index + year) % InServiceSubjects.Length], first, 8m, today, registrar, At(first)));
                }

                var second = WorkingDay(new DateOnly(year, 9, 8 + (index % 12)));
                if (second < today)
                {
                    db.TrainingRecords.Add(TrainingRecord.Record(officer.Id, officer.Department, TrainingKind.InService, InServiceSubjects[(index + year + 1) % InServiceSubjects.Length], second, 4.5m, today, registrar, At(second)));
                }
            }
        }

        if (staff.FirstOrDefault(u => u.UserName == "zj.officer2") is { } zheng)
        {
            var taken = WorkingDay(new DateOnly(2024, 2, 26));
            db.TrainingRecords.Add(TrainingRecord.Record(zheng.Id, zheng.Department, TrainingKind.PreService, "新入职执法人员岗前培训（法律基础、执法程序、职业道德）", taken, 40m, today, registrar, At(taken)));
        }

        await WriteCampaignAsync(staff.FirstOrDefault(u => u.UserName == "legal"), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task WriteCampaignAsync(Identity.AppUser? legal, CancellationToken cancellationToken)
    {
        var drawnOn = WorkingDay(new DateOnly(2026, 1, 12));
        var finishedOn = WorkingDay(new DateOnly(2026, 1, 30));
        if (legal is null || today <= finishedOn)
        {
            return;
        }

        var (from, to) = (new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
        var population = await db.Cases.AsNoTracking().IgnoreQueryFilters() // seeding runs outside any user's department scope
            .Where(c => c.State == CaseState.Archived && c.ArchivedOn >= from && c.ArchivedOn <= to)
            .Select(c => new ArchivedCaseRef(c.Id, c.Number, c.Department, c.Year, c.Sequence, c.ArchivedOn!.Value))
            .ToListAsync(cancellationToken);
        if (population.Count == 0)
        {
            return;
        }

        var reviewer = new Actor(legal.Id, legal.FullName);
        var percents = Enum.GetValues<DepartmentCode>().ToDictionary(d => d, _ => 5);
        var campaign = ReviewCampaign.Draw(Guid.NewGuid(), "2025年度行政执法案卷评查", from, to, percents, CampaignSeed, population, drawnOn, reviewer, At(drawnOn).AddHours(1));
        var scoringDays = calendar.WorkingDaysBetween(drawnOn, finishedOn);
        foreach (var file in campaign.Files)
        {
            var scoredOn = calendar.AddWorkingDays(drawnOn, 1 + (file.Order % Math.Max(1, scoringDays - 1))).Date;
            campaign.Score(file.Id, ScoresFor(file.Order), reviewer, At(scoredOn).AddMinutes(file.Order * 7 % 300));
        }

        campaign.Finish(reviewer, At(finishedOn).AddHours(6));
        db.ReviewCampaigns.Add(campaign);
    }

    /// <summary>Realistic, varied scores: most items full marks, some deducted with the reviewer's reason.</summary>
    private static List<ItemScore> ScoresFor(int order)
    {
        var random = new Random(unchecked((int)CampaignSeed) + order);
        return [.. ReviewChecklist.Items.Select(item =>
        {
            if (random.Next(100) >= 30)
            {
                return new ItemScore(item, ReviewChecklist.MaxScore, null);
            }

            var comments = Comments(item);
            return new ItemScore(item, ReviewChecklist.MaxScore - 1 - random.Next(item == ReviewItem.Evidence ? 8 : 5), comments[random.Next(comments.Length)]);
        })];
    }

    private static string[] Comments(ReviewItem item) => item switch
    {
        ReviewItem.Procedure => ["复查记录未注明复查人员的执法证号。", "约谈通知书送达至约谈不足三日，未见当事人同意提前的记录。", "移交审批表缺少科长签批日期。"],
        ReviewItem.Evidence => ["现场照片未标注拍摄时间和位置。", "整改前后照片拍摄角度不一致，难以对照。", "现场检查笔录缺少当事人签字确认。"],
        ReviewItem.Documents => ["整改通知书未写明整改期限的起算日。", "送达回证缺少受送达人签名。", "卷内文书目录与实际文书顺序不一致。"],
        ReviewItem.Deadlines => ["归档超过办结后60日。", "复查晚于整改期限届满后5个工作日。"],
        _ => ["认定问题引用的条款未具体到款、项。", "认定的问题与引用的法律依据不对应。"],
    };

    private DateOnly WorkingDay(DateOnly day) => calendar.OnOrNextWorkingDay(day).Date;

    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(10, 0));
}
