using System.Security.Cryptography;
using EnforcementPortal.Domain.CaseReview;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>
/// 案卷评查 (建法〔2025〕40号 (十三)): draws a campaign's sample from the archived cases of the period (seed recorded and
/// replayable), records the reviewers' scores, finishes the campaign and exports its report. Rules in <see cref="ReviewCampaign"/>.
/// </summary>
public sealed class CaseFileReviews(AppDbContext db, CurrentUser me, IBureauClock clock)
{
    /// <summary>Only the legal reviewers and the bureau leader score files (and draw campaigns).</summary>
    public bool CanScore => me.IsInRole(StaffRoles.LegalReviewer) || me.IsInRole(StaffRoles.BureauLeader);

    public async Task<IReadOnlyList<ReviewCampaignRow>> ListAsync(CancellationToken cancellationToken)
    {
        var campaigns = await db.ReviewCampaigns.AsNoTracking().OrderByDescending(c => c.CreatedAt).ToListAsync(cancellationToken);
        return [.. campaigns.Select(c => new ReviewCampaignRow(c.Id, c.Title, c.PeriodFrom, c.PeriodTo, c.Files.Count, c.ScoredCount, c.IsFinished, c.CreatedAt, c.CreatedByName))];
    }

    public ReviewCampaignForm NewForm()
    {
        var today = clock.Today;
        var lastYear = today.Year - 1;
        return new ReviewCampaignForm
        {
            Title = $"{lastYear}年度行政执法案卷评查",
            PeriodFrom = new DateOnly(lastYear, 1, 1),
            PeriodTo = new DateOnly(lastYear, 12, 31),
            Percents = Enum.GetValues<DepartmentCode>().ToDictionary(d => d, _ => ReviewCampaignForm.UsualPercent),
        };
    }

    /// <summary>Draws the sample with a new random seed and saves the campaign: its id, or the refusal in Chinese.</summary>
    public async Task<(Guid? Id, string? Refusal)> DrawAsync(ReviewCampaignForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.PeriodFrom is not { } from || form.PeriodTo is not { } to)
        {
            return (null, "请填写评查期间（归档日期起止）。");
        }

        var percents = form.Percents.Where(p => Enum.IsDefined(p.Key)).ToDictionary(p => p.Key, p => p.Value);
        var seed = (long)RandomNumberGenerator.GetInt32(1, int.MaxValue);
        try
        {
            var population = await PopulationAsync(from, to, cancellationToken);
            var campaign = ReviewCampaign.Draw(Guid.NewGuid(), form.Title, from, to, percents, seed, population, clock.Today, me.Actor, clock.Now);
            db.ReviewCampaigns.Add(campaign);
            await db.SaveChangesAsync(cancellationToken);
            return (campaign.Id, null);
        }
        catch (DomainException ex)
        {
            return (null, ex.Message);
        }
    }

    public async Task<ReviewCampaignPage?> PageAsync(Guid id, bool replay, CancellationToken cancellationToken)
    {
        var campaign = await db.ReviewCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        bool? replayed = replay ? campaign.ReplaysFrom(await PopulationAsync(campaign.PeriodFrom, campaign.PeriodTo, cancellationToken)) : null;
        return new ReviewCampaignPage(campaign, CampaignReport.Of(campaign), CanScore) { Replayed = replayed };
    }

    public async Task<ScoreFilePage?> ScorePageAsync(Guid id, Guid fileId, ScoreForm? form, CancellationToken cancellationToken)
    {
        var campaign = await db.ReviewCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var file = campaign?.Files.FirstOrDefault(f => f.Id == fileId);
        return campaign is null || file is null ? null : new ScoreFilePage(campaign, file, form ?? ScoreForm.For(file, campaign.Version));
    }

    /// <summary>Records the reviewer's scores on one file (one SaveChanges): the refusal in Chinese, or null when saved.</summary>
    public Task<string?> ScoreAsync(Guid id, Guid fileId, ScoreForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var scores = form.Items.Select(i => new ItemScore(i.Item, i.Score ?? -1, i.Comment)).ToList();
        return ChangeAsync(id, form.Version, c => c.Score(fileId, scores, me.Actor, clock.Now), cancellationToken);
    }

    public Task<string?> FinishAsync(Guid id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, c => c.Finish(me.Actor, clock.Now), cancellationToken);

    /// <summary>The report as the page shows it: one row per drawn file with its scores, then the notes (per department, common problems).</summary>
    public static ExportTable ReportTable(ReviewCampaignPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var campaign = page.Campaign;
        var columns = new List<string> { "序号", "案件编号", "科室", "归档日期" };
        columns.AddRange(ReviewChecklist.Items.SelectMany(i => new[] { ReviewChecklist.Label(i), ReviewChecklist.Label(i) + "评语" }));
        columns.AddRange(["总分", "等次", "评查人", "评分时间"]);
        var rows = campaign.Files.OrderBy(f => f.Order).Select(f =>
        {
            var row = new List<object?> { f.Order, f.CaseNumber, Display.Department(f.Department), Display.Date(f.ArchivedOn) };
            foreach (var item in ReviewChecklist.Items)
            {
                var score = f.Scores.FirstOrDefault(s => s.Item == item);
                row.Add(score?.Score);
                row.Add(score?.Comment);
            }

            row.AddRange(f.IsScored ? [f.Total, ReviewChecklist.Grade(f.Total), f.ReviewerName, Display.DateTimeShort(f.ScoredAt)] : [null, "未评分", null, null]);
            return (IReadOnlyList<object?>)row;
        }).ToList();
        var notes = new List<string>
        {
            $"{campaign.Title}：抽查{campaign.PeriodFrom:yyyy年M月d日}至{campaign.PeriodTo:yyyy年M月d日}归档的案卷，随机种子 {campaign.Seed}。",
            $"评查标准：程序、证据、文书、期限、法律依据各{ReviewChecklist.MaxScore}分，满分{ReviewChecklist.MaxTotal}分；{ReviewChecklist.ExcellentTotal}分以上为优秀，不足{ReviewChecklist.PassingTotal}分为不合格。",
        };
        notes.AddRange(page.Report.Departments.Select(d => $"{Display.Department(d.Department)}：抽查 {d.Drawn} 卷，已评 {d.Scored} 卷，平均 {d.AverageTotal?.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) ?? "—"} 分，优秀 {d.Excellent} 卷，不合格 {d.Failing} 卷。"));
        notes.AddRange(page.Report.CommonProblems.Select(p => $"共性问题·{ReviewChecklist.Label(p.Item)}：{p.FilesWithDeduction} 卷扣分（占已评 {p.Share.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}%），共扣 {p.PointsDeducted} 分。"));
        return new ExportTable($"案卷评查报告 {campaign.Title}", columns, rows) { Notes = notes };
    }

    private async Task<string?> ChangeAsync(Guid id, int version, Action<ReviewCampaign> change, CancellationToken cancellationToken)
    {
        var campaign = await db.ReviewCampaigns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return "没有该评查活动。";
        }

        if (campaign.Version != version)
        {
            return "该评查活动已被他人更新，请刷新后重试。";
        }

        try
        {
            change(campaign);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            return "该评查活动已被他人更新，请刷新后重试。";
        }
    }

    private async Task<IReadOnlyList<ArchivedCaseRef>> PopulationAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking()
            .Where(c => c.State == CaseState.Archived && c.ArchivedOn >= from && c.ArchivedOn <= to)
            .Select(c => new ArchivedCaseRef(c.Id, c.Number, c.Department, c.Year, c.Sequence, c.ArchivedOn!.Value))
            .ToListAsync(cancellationToken);
}
