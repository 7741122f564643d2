using EnforcementPortal.Infrastructure.Documents.Pdf;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>Empty text, line feeds, indents and widths too narrow for a character.</summary>
public sealed class LineBreakingEdgeCases
{
    private readonly ChineseLineBreaker _breaker = new(FixedWidthMeasure.Measure);

    [Fact]
    public void GivesNoLinesForEmptyText()
    {
        _breaker.Break(string.Empty, 100f).ShouldBeEmpty();
    }

    [Fact]
    public void StartsANewParagraphAtEachLineFeed()
    {
        var lines = _breaker.Break("第一段\n\n第二段\r\n第三段", 100f);

        lines.Select(l => l.Text).ShouldBe(["第一段", string.Empty, "第二段", "第三段"]);
        lines.ShouldAllBe(l => l.StartsParagraph && l.EndsParagraph);
    }

    [Fact]
    public void MarksTheFirstAndLastLineOfAParagraph()
    {
        var lines = _breaker.Break("一二三四五六七八九十一二", 50f);

        lines.Select(l => (l.StartsParagraph, l.EndsParagraph)).ShouldBe([(true, false), (false, false), (false, true)]);
    }

    [Fact]
    public void GivesTheFirstLineOfEachParagraphItsOwnWidth()
    {
        var lines = _breaker.Break("一二三四五六七八\n九十一二三四五六", 60f, firstLineWidth: 40f);

        lines.Select(l => l.Text).ShouldBe(["一二三四", "五六七八", "九十一二", "三四五六"]);
    }

    [Fact]
    public void DoesNotEndAParagraphWithOneCharacterAlone()
    {
        var lines = _breaker.Break("部分楼层连墙件缺失；", 80f);

        lines.Select(l => l.Text).ShouldBe(["部分楼层连墙件", "缺失；"]);
    }

    [Fact]
    public void LeavesALoneCharacterWhenTheLineBeforeWouldBeTooShort()
    {
        var lines = _breaker.Break("一二三", 20f);

        lines.Select(l => l.Text).ShouldBe(["一二", "三"]);
    }

    [Fact]
    public void PutsOneCharacterOnEachLineWhenNoneFits()
    {
        var lines = _breaker.Break("执法", 3f);

        lines.Select(l => l.Text).ShouldBe(["执", "法"]);
    }

    [Fact]
    public void KeepsAFullWidthSpaceAsText()
    {
        var lines = _breaker.Break("当事人　签字", 100f);

        lines.Single().Text.ShouldBe("当事人　签字");
    }

    [Fact]
    public void KeepsSurrogatePairsWhole()
    {
        // 𠀀 (U+20000) is a CJK Extension B character outside the BMP.
        var lines = _breaker.Break("一𠀀二三", 20f);

        lines.Select(l => l.Text).ShouldBe(["一𠀀", "二三"]);
    }
}
