using EnforcementPortal.Infrastructure.Documents.Pdf;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>Latin words, numbers and codes inside Chinese text.</summary>
public sealed class LineBreakingOfLatinText
{
    private readonly ChineseLineBreaker _breaker = new(FixedWidthMeasure.Measure);

    [Fact]
    public void KeepsANumberOnOneLine()
    {
        // 2026 needs 20 after 整改期限 (40); only 15 is left on the first line.
        var lines = _breaker.Break("整改期限2026年3月12日", 55f);

        lines.Select(l => l.Text).ShouldBe(["整改期限", "2026年3月", "12日"]);
    }

    [Fact]
    public void KeepsACodeWithItsPunctuationTogether()
    {
        var lines = _breaker.Break("塔式起重机编号QTZ80-03力矩限制器失灵", 8 * FixedWidthMeasure.Ideograph);

        lines.ShouldContain(l => l.Text.Contains("QTZ80-03", StringComparison.Ordinal));
    }

    [Fact]
    public void BreaksLatinTextAtSpacesAndDropsThem()
    {
        var lines = _breaker.Break("Safety inspection report", 12 * FixedWidthMeasure.Narrow);

        lines.Select(l => l.Text).ShouldBe(["Safety", "inspection", "report"]);
        lines.ShouldAllBe(l => l.Width <= 60f);
    }

    [Fact]
    public void SplitsATokenWiderThanALineAcrossLines()
    {
        const string url = "https://zfba.yining.gov.cn/verify/YJAZ-2026-0001-7F3K";

        var lines = _breaker.Break("核验网址" + url, 10 * FixedWidthMeasure.Ideograph);

        lines.ShouldAllBe(l => l.Width <= 100f);
        string.Concat(lines.Select(l => l.Text)).ShouldBe("核验网址" + url);

        // The token starts right after 核验网址 instead of leaving the rest of the first line empty.
        lines[0].Text.ShouldStartWith("核验网址https");
        lines.Count.ShouldBe(4);
    }

    [Fact]
    public void SplitsATokenWiderThanTheFirstLine()
    {
        var lines = _breaker.Break("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 50f);

        lines.Select(l => l.Text).ShouldBe(["ABCDEFGHIJ", "KLMNOPQRST", "UVWXYZ"]);
    }
}
