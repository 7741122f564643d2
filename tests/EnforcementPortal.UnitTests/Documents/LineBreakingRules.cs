using EnforcementPortal.Infrastructure.Documents.Pdf;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>禁则: where a line of Chinese text may not break.</summary>
public sealed class LineBreakingRules
{
    private readonly ChineseLineBreaker _breaker = new(FixedWidthMeasure.Measure);

    [Theory]
    [InlineData('，')]
    [InlineData('。')]
    [InlineData('、')]
    [InlineData('；')]
    [InlineData('：')]
    [InlineData('？')]
    [InlineData('！')]
    [InlineData('）')]
    [InlineData('」')]
    [InlineData('』')]
    [InlineData('》')]
    [InlineData('”')]
    [InlineData('’')]
    public void NeverStartsALineWithClosingPunctuation(char mark)
    {
        // Five characters fill a line exactly, so a greedy break would put the mark first on line two.
        var text = $"责令限期改{mark}逾期不改的依法处罚";

        var lines = _breaker.Break(text, 5 * FixedWidthMeasure.Ideograph);

        lines.Skip(1).ShouldAllBe(l => !ChineseLineBreaker.NotAtLineStart.Contains(l.Text[0], StringComparison.Ordinal));
        string.Concat(lines.Select(l => l.Text)).ShouldBe(text);
    }

    [Fact]
    public void MovesTheCharacterBeforeTheMarkToTheNextLine()
    {
        var lines = _breaker.Break("一二三四五，六七八", 5 * FixedWidthMeasure.Ideograph);

        lines.Select(l => l.Text).ShouldBe(["一二三四", "五，六七八"]);
    }

    [Fact]
    public void KeepsSeveralClosingMarksWithTheCharacterBeforeThem()
    {
        var lines = _breaker.Break("他说一二三。”然后离开", 5 * FixedWidthMeasure.Ideograph);

        lines.Select(l => l.Text).ShouldBe(["他说一二", "三。”然后", "离开"]);
    }

    [Theory]
    [InlineData('（')]
    [InlineData('「')]
    [InlineData('『')]
    [InlineData('《')]
    [InlineData('“')]
    [InlineData('‘')]
    public void NeverEndsALineWithOpeningPunctuation(char mark)
    {
        var text = $"违反了{mark}建设工程安全生产管理条例";

        var lines = _breaker.Break(text, 4 * FixedWidthMeasure.Ideograph);

        lines.ShouldAllBe(l => l.Text[l.Text.Length - 1] != mark);
        lines.Skip(1).First().Text[0].ShouldBe(mark);
    }

    [Fact]
    public void BreaksBetweenAnyTwoChineseCharactersToFillTheLine()
    {
        var lines = _breaker.Break("伊宁市住房和城乡建设局依法对施工现场进行检查", 8 * FixedWidthMeasure.Ideograph);

        lines.Select(l => l.Text).ShouldBe(["伊宁市住房和城乡", "建设局依法对施工", "现场进行检查"]);
        lines[0].Width.ShouldBe(80f);
    }

    [Fact]
    public void NoLineIsWiderThanTheWidthGiven()
    {
        const string text = "根据《建设工程安全生产管理条例》第五十三条、第六十二条的规定，现责令你单位于2026年3月12日前完成上述隐患的整改（详见附件），并将整改情况书面报送我局。";

        foreach (var width in new[] { 60f, 95f, 133f, 250f })
        {
            var lines = _breaker.Break(text, width);

            lines.ShouldAllBe(l => l.Width <= width);
            string.Concat(lines.Select(l => l.Text)).ShouldBe(text);
        }
    }
}
