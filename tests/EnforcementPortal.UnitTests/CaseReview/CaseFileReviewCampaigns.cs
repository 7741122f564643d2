using EnforcementPortal.Domain.CaseReview;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.UnitTests.CaseReview;

/// <summary>案卷评查 (建法〔2025〕40号 (十三)): the sample drawn from a recorded seed, the checklist scores and the report.</summary>
public class CaseFileReviewCampaigns
{
    private static readonly DateOnly Today = new(2026, 1, 12);
    private static readonly Actor Legal = new(Guid.NewGuid(), "李慧敏");
    private static readonly DateTime At = new(2026, 1, 12, 10, 0, 0);
    private static readonly Dictionary<DepartmentCode, int> TenPercent = new() { [DepartmentCode.Housing] = 10, [DepartmentCode.Safety] = 10 };

    /// <summary>45 archived 房产科 files, 21 安监站 files in 2025, and 5 房产科 files archived in 2024 (outside the period).</summary>
    private static readonly IReadOnlyList<ArchivedCaseRef> Archive =
    [
        .. Enumerable.Range(1, 45).Select(i => File(DepartmentCode.Housing, 2025, i, new DateOnly(2025, 1, 1).AddDays(i * 7))),
        .. Enumerable.Range(1, 21).Select(i => File(DepartmentCode.Safety, 2025, i, new DateOnly(2025, 2, 1).AddDays(i * 9))),
        .. Enumerable.Range(100, 5).Select(i => File(DepartmentCode.Housing, 2024, i, new DateOnly(2024, 6, 1).AddDays(i - 100))),
    ];

    private static ArchivedCaseRef File(DepartmentCode department, int year, int sequence, DateOnly archivedOn) =>
        new(new Guid(sequence, (short)department, (short)year, 0, 0, 0, 0, 0, 0, 0, 0), $"{DepartmentPolicy.For(department).ShortName} {year} 年第 {sequence:0000} 号", department, year, sequence, archivedOn);

    private static ReviewCampaign Draw(long seed, IReadOnlyList<ArchivedCaseRef>? archive = null) =>
        ReviewCampaign.Draw(Guid.NewGuid(), "2025年度行政执法案卷评查", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), TenPercent, seed, archive ?? Archive, Today, Legal, At);

    private static List<ItemScore> Full() => [.. ReviewChecklist.Items.Select(i => new ItemScore(i, ReviewChecklist.MaxScore, null))];

    [Fact]
    public void DrawsTheCeilingOfThePercentageOfEachDepartmentsFilesOfThePeriod()
    {
        var campaign = Draw(20260112);

        campaign.Quotas.ShouldBe([new ReviewQuota(DepartmentCode.Housing, 10, 45, 5), new ReviewQuota(DepartmentCode.Safety, 10, 21, 3)]);
        campaign.Files.Count.ShouldBe(8);
        campaign.Files.ShouldAllBe(f => f.ArchivedOn.Year == 2025);
        campaign.Files.Select(f => f.CaseId).Distinct().Count().ShouldBe(8);
        campaign.Seed.ShouldBe(20260112);
    }

    [Fact]
    public void TheSameSeedOverTheSameFilesDrawsTheSameSampleWhateverTheirOrder()
    {
        var first = Draw(987654321);
        var again = Draw(987654321, [.. Archive.Reverse()]);

        again.Files.Select(f => f.CaseId).ShouldBe(first.Files.Select(f => f.CaseId));
        first.ReplaysFrom([.. Archive.OrderBy(c => c.Number, StringComparer.Ordinal)]).ShouldBeTrue();
    }

    [Fact]
    public void AnotherSeedDrawsAnotherSample()
    {
        var sequences = Draw(20260112).Files.Select(f => (f.Department, f.CaseNumber)).ToList();

        sequences.Count.ShouldBe(8);
        Draw(20260112).Files.Select(f => (f.Department, f.CaseNumber)).ShouldBe(sequences);
        Draw(20260113).Files.Select(f => f.CaseNumber).SequenceEqual(sequences.Select(s => s.CaseNumber)).ShouldBeFalse();
    }

    [Fact]
    public void AReplayOverAChangedArchiveIsReportedAsDifferent()
    {
        var campaign = Draw(42);

        campaign.ReplaysFrom([.. Archive.Where(c => c.CaseId != campaign.Files[0].CaseId)]).ShouldBeFalse();
    }

    [Fact]
    public void RefusesAPeriodWithoutArchivedFiles() =>
        Should.Throw<DomainException>(() => ReviewCampaign.Draw(Guid.NewGuid(), "评查", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), TenPercent, 1, Archive, Today, Legal, At))
            .Message.ShouldBe("2023年1月1日至2023年12月31日期间，所选科室没有已归档的案卷。");

    [Fact]
    public void ADeductionNeedsAReasonAndEveryItemAScore()
    {
        var campaign = Draw(7);
        List<ItemScore> scores = [.. Full().Where(s => s.Item != ReviewItem.Deadlines)];
        scores[1] = scores[1] with { Score = 15 };

        Should.Throw<DomainException>(() => campaign.Score(campaign.Files[0].Id, scores, Legal, At))
            .Message.ShouldBe("“证据”有扣分，请写明扣分理由。请为“期限”评分。");
        campaign.Files[0].IsScored.ShouldBeFalse();
    }

    [Fact]
    public void RefusesAScoreAboveTheItemsMaximum()
    {
        var campaign = Draw(7);
        var scores = Full();
        scores[0] = scores[0] with { Score = 21 };

        Should.Throw<DomainException>(() => campaign.Score(campaign.Files[0].Id, scores, Legal, At)).Message.ShouldBe("“程序”的得分应在0至20分之间。");
    }

    [Fact]
    public void FinishesOnlyOnceEveryFileIsScoredAndThenRefusesNewScores()
    {
        var campaign = Draw(7);
        campaign.Score(campaign.Files[0].Id, Full(), Legal, At);

        Should.Throw<DomainException>(() => campaign.Finish(Legal, At)).Message.ShouldBe($"还有 {campaign.Files.Count - 1} 份案卷未评分，不能结束评查。");
        foreach (var file in campaign.Files.Skip(1))
        {
            campaign.Score(file.Id, Full(), Legal, At);
        }

        campaign.Finish(Legal, At);
        campaign.IsFinished.ShouldBeTrue();
        Should.Throw<DomainException>(() => campaign.Score(campaign.Files[0].Id, Full(), Legal, At)).Message.ShouldBe("评查活动已结束，不能再评分。");
    }

    [Fact]
    public void TheReportAveragesPerDepartmentAndRanksTheCommonProblems()
    {
        var campaign = Draw(7);
        var housing = campaign.Files.Where(f => f.Department == DepartmentCode.Housing).ToList();
        var safety = campaign.Files.Where(f => f.Department == DepartmentCode.Safety).ToList();
        campaign.Score(housing[0].Id, With(Full(), (ReviewItem.Evidence, 14, "照片无时间"), (ReviewItem.Documents, 18, "送达回证无签名")), Legal, At);
        campaign.Score(housing[1].Id, With(Full(), (ReviewItem.Evidence, 16, "笔录无签字")), Legal, At);
        campaign.Score(safety[0].Id, With(Full(), (ReviewItem.Evidence, 0, "无证据"), (ReviewItem.Procedure, 5, "未复查"), (ReviewItem.LegalBasis, 10, "条款错误")), Legal, At);

        var report = CampaignReport.Of(campaign);

        var housingRow = report.Departments.Single(d => d.Department == DepartmentCode.Housing);
        housingRow.Drawn.ShouldBe(5);
        housingRow.Scored.ShouldBe(2);
        housingRow.AverageTotal.ShouldBe(94m); // (92 + 96) / 2
        housingRow.LowestTotal.ShouldBe(92);
        housingRow.Excellent.ShouldBe(2);
        housingRow.AverageByItem[ReviewItem.Evidence].ShouldBe(15m);
        var safetyRow = report.Departments.Single(d => d.Department == DepartmentCode.Safety);
        safetyRow.AverageTotal.ShouldBe(55m);
        safetyRow.Failing.ShouldBe(1);
        report.AverageTotal.ShouldBe(81m); // (92 + 96 + 55) / 3
        report.CommonProblems.Select(p => p.Item).ShouldBe([ReviewItem.Evidence, ReviewItem.Procedure, ReviewItem.LegalBasis, ReviewItem.Documents]);
        var evidence = report.CommonProblems[0];
        evidence.FilesWithDeduction.ShouldBe(3);
        evidence.PointsDeducted.ShouldBe(30);
        evidence.Share.ShouldBe(100m);
        evidence.Comments.ShouldContain($"{housing[0].CaseNumber}：照片无时间");
    }

    private static List<ItemScore> With(List<ItemScore> scores, params (ReviewItem Item, int Score, string Comment)[] deductions) =>
        [.. scores.Select(s => deductions.FirstOrDefault(d => d.Item == s.Item) is { Comment: not null } d ? new ItemScore(d.Item, d.Score, d.Comment) : s)];
}
