using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Disclosure;
using EnforcementPortal.Web.Disclosure;

namespace EnforcementPortal.IntegrationTests.Disclosure;

/// <summary>办理流程图 of the public service guide: the procedure outline of each department drawn as SVG.</summary>
public sealed partial class ProcedureDiagrams
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<DepartmentCode> Departments => [.. Enum.GetValues<DepartmentCode>()];

    [Theory]
    [MemberData(nameof(Departments))]
    public void TheDiagramIsAnImageNamedAndDescribedInChinese(DepartmentCode department)
    {
        var svg = Draw(department);

        svg.Name.ShouldBe(Svg + "svg");
        svg.Attribute("role")!.Value.ShouldBe("img");
        svg.Attribute("viewBox")!.Value.ShouldStartWith("0 0 ");
        svg.Attribute("width")!.Value.ShouldBe("100%");
        svg.Attribute("font-family")!.Value.ShouldContain("Noto Sans SC");
        svg.Element(Svg + "title")!.Value.ShouldBe(Title(department));
        svg.Element(Svg + "desc")!.Value.ShouldContain("下方的有序列表以文字列出相同的内容");
        svg.Attribute("aria-labelledby")!.Value.ShouldBe(svg.Element(Svg + "title")!.Attribute("id")!.Value);
        svg.Attribute("aria-describedby")!.Value.ShouldBe(svg.Element(Svg + "desc")!.Attribute("id")!.Value);
    }

    [Theory]
    [MemberData(nameof(Departments))]
    public void EveryStepOfTheOutlineHasOneBoxNamedInChinese(DepartmentCode department)
    {
        var outline = ProcedureOutline.For(department);

        var boxes = Steps(Draw(department)).ToList();

        boxes.Select(b => b.Attribute("data-state")!.Value).ShouldBe(outline.Select(s => s.State.ToString()), ignoreOrder: true);
        foreach (var step in outline)
        {
            var box = boxes.Single(b => b.Attribute("data-state")!.Value == step.State.ToString());
            box.Elements(Svg + "text").First().Value.ShouldBe(step.Name);
            box.Attribute("class")!.Value.Contains("final", StringComparison.Ordinal).ShouldBe(step.IsFinal, step.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Departments))]
    public void EveryStepToAnotherStageIsOneArrowLabelledWithItsAction(DepartmentCode department)
    {
        var outline = ProcedureOutline.For(department);
        var expected = outline.SelectMany(s => s.Transitions.Where(t => !t.IsWithinStep).Select(t => $"{s.State}-{t.Action}->{t.To}")).ToList();

        var edges = Edges(Draw(department)).ToList();

        edges.Select(e => $"{e.Attribute("data-from")!.Value}-{e.Attribute("data-action")!.Value}->{e.Attribute("data-to")!.Value}").ShouldBe(expected, ignoreOrder: true);
        foreach (var (edge, transition) in edges.Zip(outline.SelectMany(s => s.Transitions.Where(t => !t.IsWithinStep))))
        {
            string.Concat(edge.Descendants(Svg + "tspan").Select(t => t.Value)).ShouldStartWith(transition.ActionName);
        }
    }

    [Theory]
    [MemberData(nameof(Departments))]
    public void TheNoticeIssuedWithTheInterviewIsANoteInItsBoxNotAnArrow(DepartmentCode department)
    {
        var svg = Draw(department);

        Edges(svg).ShouldNotContain(e => e.Attribute("data-from")!.Value == "AwaitingInterview" && e.Attribute("data-action")!.Value == "IssueNotice");
        var interview = Steps(svg).Single(b => b.Attribute("data-state")!.Value == "AwaitingInterview");
        interview.Elements(Svg + "text").Select(t => t.Value).ShouldContain("（同步下发整改通知书）");
    }

    [Fact]
    public void ConstructionManagementDrawsTheDirectTransferAndHousingDoesNot()
    {
        var construction = Draw(DepartmentCode.ConstructionManagement);
        var housing = Draw(DepartmentCode.Housing);

        Edges(construction).Count(DirectTransfer).ShouldBe(1);
        construction.Descendants(Svg + "g").Single(g => g.Attribute("class")?.Value == "notes").Value.ShouldContain(CaseLifecycle.GuardSeriousStraightToTransfer);
        Edges(housing).ShouldNotContain(e => DirectTransfer(e));
        housing.Value.ShouldNotContain("直接移交");
    }

    [Theory]
    [MemberData(nameof(Departments))]
    public void BoxesAndLabelsDoNotOverlapAndStayInTheDrawing(DepartmentCode department)
    {
        var svg = Draw(department);
        var viewBox = svg.Attribute("viewBox")!.Value.Split(' ').Select(Number).ToList();
        var boxes = Steps(svg).Select(b => (Name: b.Attribute("data-state")!.Value, Rect: RectOf(b.Element(Svg + "rect")!))).ToList();
        var labels = Edges(svg).Select(e => (Name: "label of " + e.Attribute("data-action")!.Value, Rect: RectOf(e.Elements(Svg + "rect").Single()))).ToList();
        var shapes = boxes.Concat(labels).ToList();

        for (var i = 0; i < shapes.Count; i++)
        {
            var (x, y, width, height) = shapes[i].Rect;
            (x >= 0 && y >= 0 && x + width <= viewBox[2] && y + height <= viewBox[3]).ShouldBeTrue($"{shapes[i].Name} lies outside the drawing");
            for (var j = i + 1; j < shapes.Count; j++)
            {
                Overlap(shapes[i].Rect, shapes[j].Rect).ShouldBeFalse($"{shapes[i].Name} overlaps {shapes[j].Name}");
            }
        }

        boxes.Select(b => b.Rect.Y).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Theory]
    [MemberData(nameof(Departments))]
    public void LinesDoNotCrossBoxes(DepartmentCode department)
    {
        var svg = Draw(department);
        var boxes = Steps(svg).Select(b => RectOf(b.Element(Svg + "rect")!)).ToList();

        foreach (var edge in Edges(svg))
        {
            var points = PathPoints(edge.Element(Svg + "path")!.Attribute("d")!.Value);
            // The ends touch the boxes they join; every point between lies outside all boxes.
            foreach (var (x, y) in points.Skip(1).SkipLast(1))
            {
                boxes.ShouldNotContain(b => x > b.X && x < b.X + b.Width && y > b.Y && y < b.Y + b.Height, $"{edge.Attribute("data-action")!.Value} at {x},{y}");
            }

            if (points.Count == 2)
            {
                // A straight arrow joins a box to the next one: the gap between them holds it.
                var (top, bottom) = (points[0].Y, points[1].Y);
                boxes.ShouldNotContain(b => b.Y < bottom && b.Y + b.Height > top);
            }
        }
    }

    [Fact]
    public void LoopsBackRunOnTheLeftDashedAndStepsFurtherDownOnTheRight()
    {
        var svg = Draw(DepartmentCode.Housing);
        var box = RectOf(Steps(svg).First().Element(Svg + "rect")!);

        var back = Edges(svg).Single(e => e.Attribute("data-action")!.Value == "ReturnTransfer");
        var skip = Edges(svg).Single(e => e.Attribute("data-action")!.Value == "FilingDeclined");

        back.Attribute("class")!.Value.ShouldBe("edge back");
        back.Element(Svg + "path")!.Attribute("stroke-dasharray").ShouldNotBeNull();
        PathPoints(back.Element(Svg + "path")!.Attribute("d")!.Value).Min(p => p.X).ShouldBeLessThan(box.X);
        skip.Attribute("class")!.Value.ShouldBe("edge skip");
        PathPoints(skip.Element(Svg + "path")!.Attribute("d")!.Value).Max(p => p.X).ShouldBeGreaterThan(box.X + box.Width);
    }

    [Fact]
    public void EveryTextIsEscaped()
    {
        IReadOnlyList<ProcedureStep> steps =
        [
            new(CaseState.Inspected, "检查<script>alert(1)</script>", [new ProcedureTransition(CaseAction.DetermineGeneral, "判定 & \"一般\"", CaseState.Archived, "归档", [])]),
            new(CaseState.Archived, "归档'<b>'", []),
        ];

        var text = ProcedureDiagram.Svg(steps, "流程<&>图");

        text.ShouldNotContain("<script>");
        text.ShouldNotContain("<b>");
        var svg = XElement.Parse(text);
        svg.Element(Svg + "title")!.Value.ShouldBe("流程<&>图");
        svg.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("检查<script>alert(1)</script>");
        svg.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("归档'<b>'");
        svg.Descendants(Svg + "tspan").Single().Value.ShouldBe("判定 & \"一般\"");
    }

    [Theory]
    [MemberData(nameof(Departments))]
    public void TheSameProcedureDrawsTheSameSvg(DepartmentCode department) =>
        ProcedureDiagram.Svg(ProcedureOutline.For(department), Title(department)).ShouldBe(ProcedureDiagram.Svg(ProcedureOutline.For(department), Title(department)));

    private static bool DirectTransfer(XElement edge) =>
        edge.Attribute("data-from")!.Value == "AwaitingInterview" && edge.Attribute("data-action")!.Value == "InterviewCooperative" && edge.Attribute("data-to")!.Value == "AwaitingTransfer";

    private static string Title(DepartmentCode department) => DepartmentPolicy.For(department).ShortName + "办理流程图";

    private static XElement Draw(DepartmentCode department) => XElement.Parse(ProcedureDiagram.Svg(ProcedureOutline.For(department), Title(department)));

    private static IEnumerable<XElement> Steps(XElement svg) => Groups(svg, "step");

    private static IEnumerable<XElement> Edges(XElement svg) => Groups(svg, "edge");

    private static IEnumerable<XElement> Groups(XElement svg, string kind) =>
        svg.Descendants(Svg + "g").Where(g => g.Attribute("class")?.Value.Split(' ').Contains(kind) == true);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static (double X, double Y, double Width, double Height) RectOf(XElement rect) =>
        (Number(rect.Attribute("x")!.Value), Number(rect.Attribute("y")!.Value), Number(rect.Attribute("width")!.Value), Number(rect.Attribute("height")!.Value));

    private static bool Overlap((double X, double Y, double Width, double Height) a, (double X, double Y, double Width, double Height) b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    private static List<(double X, double Y)> PathPoints(string d) =>
        [.. CoordinatePair().Matches(d).Select(m => (Number(m.Groups[1].Value), Number(m.Groups[2].Value)))];

    [GeneratedRegex(@"(-?[\d.]+),(-?[\d.]+)")]
    private static partial Regex CoordinatePair();
}
