using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>
/// The living demo bureau: cases opened over the months before the day the demo starts, each walked through the
/// domain as far as its dates allow, so that every state occurs, some deadlines have passed (red) or fall within
/// three working days (yellow), and transfers wait for the receiving bureau. Only days after the department's last
/// published year are used, so the published seed years keep their records.
/// </summary>
internal sealed partial class DemoCaseStories
{
    private static readonly Dictionary<DepartmentCode, (string Site, (string Text, string? Location)[] General, string Serious)> Material = new()
    {
        [DepartmentCode.Housing] = ("房产经纪门店", [("未在经营场所公示房地产经纪服务收费标准", "门店大厅"), ("房源信息未标明核验编码", "门店橱窗"), ("未在售楼现场公示商品房预售许可证", "售楼大厅")], "未取得商品房预售许可证即收取购房定金"),
        [DepartmentCode.ConstructionManagement] = ("在建项目", [("项目负责人未按规定到岗履职", "项目部"), ("施工合同未按规定备案", null), ("农民工工资专用账户未按规定设立", null)], "未取得施工许可证擅自施工"),
        [DepartmentCode.CivilAirDefense] = ("地下人防工程", [("防护密闭门未按设计要求安装", "地下一层"), ("人防工程内堆放杂物", "B区")], "擅自改变人防工程主体结构"),
        [DepartmentCode.Safety] = ("施工现场", [("外脚手架连墙件缺失", "北立面"), ("临边防护栏杆高度不足", "8层"), ("施工用电未做到一机一闸一漏", "配电箱")], "深基坑未按专项施工方案支护"),
        [DepartmentCode.Quality] = ("在建工程", [("钢筋保护层厚度不足", "3层梁板"), ("砌体灰缝砂浆饱满度不足", "2层"), ("混凝土试块留置数量不足", null)], "主体结构混凝土强度检测不合格"),
    };

    /// <summary>
    /// Writes about <paramref name="casesPerYear"/>/365 cases a day over the twelve months before today (1 to 365 days
    /// ago), except on days of a department's published year (before <paramref name="firstDayOf"/>): those months hold
    /// the published year's own records.
    /// </summary>
    public async Task WriteLivingBureauAsync(int casesPerYear, Func<DepartmentCode, DateOnly> firstDayOf, CancellationToken cancellationToken)
    {
        if (casesPerYear <= 0)
        {
            return;
        }

        // A fixed seed: the same demo on every start of the same day.
        var random = new Random(20261202);
        var departments = Enum.GetValues<DepartmentCode>();
        var today = DateOnly.FromDateTime(now);
        var pending = 0;
        for (var i = 0; i < casesPerYear; i++)
        {
            var department = departments[i % departments.Length];
            var daysAgo = 1 + random.Next(365);
            if (today.AddDays(-daysAgo) < firstDayOf(department))
            {
                continue;
            }

            var (site, general, serious) = Material[department];
            var roll = random.NextDouble();
            var finding = general[random.Next(general.Length)];
            IReadOnlyList<(string, FindingSeverity, string?)> findings = roll switch
            {
                < 0.3 => [],
                < 0.85 => [(finding.Text, FindingSeverity.General, finding.Location)],
                _ => [(serious, FindingSeverity.Serious, "施工现场")],
            };
            var party = random.Next(parties.Count);
            var script = Story(department, (Trigger)(i % 4), party, $"{parties[party].Name}{site}", parties[party].Address ?? "伊宁市", daysAgo, findings);
            if (findings.Count > 0)
            {
                Walk(script, daysAgo, findings[0].Item2 == FindingSeverity.Serious, DepartmentPolicy.For(department), random);
            }

            // Saved in batches; saved cases need no tracking (a change tracker holding thousands makes every save slower).
            await script.SaveAsync(cancellationToken, saveNow: false);
            if (++pending == LivingSaveEvery)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                pending = 0;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private const int LivingSaveEvery = 200;

    /// <summary>Adds the steps whose day (days after the inspection) has already come.</summary>
    private static void Walk(CaseScript script, int daysAgo, bool serious, DepartmentPolicy policy, Random random)
    {
        var t = new StepDays(daysAgo);
        if (serious)
        {
            script.Notice(daysAgo, 10);
            if (!t.Reached(2))
            {
                return;
            }

            var cooperative = !policy.SeriousFindingGoesStraightToTransfer && random.NextDouble() < 0.6;
            script.Interview(t.Ago, cooperative);
            if (cooperative)
            {
                RectifyAndReview(script, t, 10, random);
            }
            else
            {
                Transfer(script, t, random);
            }

            return;
        }

        // A few notices are still being drafted (待下发整改通知书).
        if (random.NextDouble() < 0.04)
        {
            return;
        }

        var deadline = random.Next(3) switch { 0 => 7, 1 => 10, _ => 15 };
        script.Notice(daysAgo, deadline);
        RectifyAndReview(script, t, deadline, random);
    }

    private static void RectifyAndReview(CaseScript script, StepDays t, int deadline, Random random)
    {
        // Some parties answer late or not at all: their cases stay overdue (red) until the officer acts.
        if (random.NextDouble() < 0.12 || !t.Reached(2 + random.Next(Math.Max(1, deadline - 2))))
        {
            return;
        }

        script.Reply(t.Ago, "已按整改通知书要求完成整改，附整改前后照片。");
        if (!t.Reached(1 + random.Next(6)))
        {
            return;
        }

        var passed = random.NextDouble() < 0.8;
        script.Review(t.Ago, passed);
        if (passed)
        {
            if (random.NextDouble() < 0.85 && t.Reached(3 + random.Next(25)))
            {
                script.Archive(t.Ago);
            }

            return;
        }

        if (!t.Reached(2 + random.Next(4)))
        {
            return;
        }

        var cooperative = random.NextDouble() < 0.6;
        script.Interview(t.Ago, cooperative);
        if (!cooperative)
        {
            Transfer(script, t, random);
            return;
        }

        if (t.Reached(3 + random.Next(6)))
        {
            script.Reply(t.Ago, "约谈后已全面整改。");
            if (t.Reached(1 + random.Next(4)))
            {
                script.Review(t.Ago, passed: true);
                if (t.Reached(5 + random.Next(20)))
                {
                    script.Archive(t.Ago);
                }
            }
        }
    }

    private static void Transfer(CaseScript script, StepDays t, Random random)
    {
        // Some transfers are not yet prepared (the 10 working days run), some wait for the chief.
        if (!t.Reached(1 + random.Next(8)))
        {
            return;
        }

        script.RequestTransfer(t.Ago);
        if (!t.Reached(1 + random.Next(3)))
        {
            return;
        }

        script.Approve(t.Ago);
        if (!t.Reached(2 + random.Next(8)))
        {
            return;
        }

        script.Filing(t.Ago);
        if (!t.Reached(10 + random.Next(40)))
        {
            return;
        }

        script.Disposal(t.Ago, "伊宁市城市管理局作出行政处罚决定：罚款，责令限期改正。");
        if (t.Reached(3 + random.Next(20)))
        {
            script.Archive(t.Ago);
        }
    }

    /// <summary>The day of the next step, counted from the inspection; a step is taken only if its day has passed.</summary>
    private sealed class StepDays(int daysAgo)
    {
        private int _day;

        /// <summary>How many days ago the current step happened.</summary>
        public int Ago => daysAgo - _day;

        public bool Reached(int daysLater)
        {
            _day += daysLater;
            return _day < daysAgo;
        }
    }
}
