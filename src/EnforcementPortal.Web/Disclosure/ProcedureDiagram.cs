using System.Globalization;
using System.Text;
using System.Xml;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Disclosure;

namespace EnforcementPortal.Web.Disclosure;

/// <summary>
/// 办理流程图 of the public service guide: the <see cref="ProcedureOutline"/> drawn as a flowchart in inline SVG on the
/// server, from the same steps as the ordered list below it, so the picture cannot drift from the machine either.
/// The steps stand in one column in procedure order, final states last. A step to the next box is a straight arrow;
/// a step further down runs in a lane on the right, a step back up (约谈后重新整改, 退回移交申请) in a dashed lane on the
/// left, so no line crosses a box. A step taken within a stage is a note inside its box, as the list says
/// （本环节内同步办理）. Text widths are estimated from the characters (a CJK character is one em wide), so the output
/// depends on the steps alone and can be compared in tests.
/// </summary>
public static class ProcedureDiagram
{
    private const string TitleId = "procedure-diagram-title";
    private const string DescriptionId = "procedure-diagram-desc";
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string ArrowId = "procedure-diagram-arrow";
    private const string FontFamily = "'Noto Sans SC', 'Noto Sans CJK SC', sans-serif";

    private const string Ink = "#212529";
    private const string Muted = "#6c757d";
    private const string Brand = "#8b1a1a";
    private const string BoxFill = "#fdf8f6";
    private const string Line = "#555d66";

    private const double Margin = 6;
    private const double NameSize = 15;
    private const double NoteSize = 11;
    private const double LabelSize = 12.5;
    private const double LabelLine = 15;
    private const double NotesSize = 12;
    private const double BoxPadding = 12;
    private const double BoxHeight = 40;
    private const double MinBoxWidth = 136;
    private const double PillPadding = 5;
    private const double PillPaddingY = 3;
    private const double SideLabelWidth = 7 * LabelSize;
    private const double ColumnGap = 6;
    private const double LaneGap = 10;
    private const double LaneInset = 6;
    private const double PortPadding = 3;
    private const double EntrySlot = 14;
    private const double SidePadding = 4;
    private const double StemBeforeLabel = 8;
    private const double StemAfterLabel = 14;
    private const double EmptyGap = 24;
    private const double CornerRadius = 6;
    private const double StartRadius = 5;
    private const double StartStem = 20;

    /// <summary>The steps as an SVG element, every text escaped; <paramref name="title"/> names it for screen readers.</summary>
    public static string Svg(IReadOnlyList<ProcedureStep> steps, string title)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (steps.Count == 0)
        {
            throw new ArgumentException("A procedure has at least one step.", nameof(steps));
        }

        return Draw(Layout.Of(steps), title);
    }

    private enum Route
    {
        /// <summary>To the next box: a straight arrow below the box.</summary>
        Down,

        /// <summary>Further down the column: a lane on the right.</summary>
        Skip,

        /// <summary>Back up the column: a dashed lane on the left.</summary>
        Back,
    }

    private sealed record Point(double X, double Y);

    private sealed record Rect(double X, double Y, double Width, double Height);

    private sealed class Edge(ProcedureTransition transition, ProcedureStep from, int fromRow, int toRow, IReadOnlyList<string> label)
    {
        public ProcedureTransition Transition { get; } = transition;

        public ProcedureStep From { get; } = from;

        public int FromRow { get; } = fromRow;

        public int ToRow { get; } = toRow;

        public Route Route { get; } = toRow == fromRow + 1 ? Route.Down : toRow > fromRow ? Route.Skip : Route.Back;

        public IReadOnlyList<string> Label { get; } = label;

        public int Lane { get; set; }

        public double LabelWidth => Label.Max(l => Measure(l, LabelSize)) + 2 * PillPadding;

        public double LabelHeight => Label.Count * LabelLine + 2 * PillPaddingY;

        /// <summary>Where the line leaves its box and where it reaches the next; lanes add the two corners between.</summary>
        public Point Exit { get; set; } = new(0, 0);

        public Point Entry { get; set; } = new(0, 0);

        public double LaneX { get; set; }

        public IReadOnlyList<Point> Points => Route == Route.Down ? [Exit, Entry] : [Exit, new(LaneX, Exit.Y), new(LaneX, Entry.Y), Entry];

        public Rect LabelBox { get; set; } = new(0, 0, 0, 0);
    }

    /// <summary>A line leaving or reaching a box on its side, with the room it needs there.</summary>
    private sealed record Port(Edge Edge, bool IsExit)
    {
        /// <summary>The lane runs upwards from this port: such ports sit above those whose lane runs downwards.</summary>
        public bool LaneGoesUp => Edge.Route == Route.Back ? IsExit : !IsExit;

        public double Slot => IsExit ? Edge.LabelHeight + 2 * PortPadding : EntrySlot;
    }

    private sealed class Box(ProcedureStep step, IReadOnlyList<string> notes)
    {
        public ProcedureStep Step { get; } = step;

        public IReadOnlyList<string> Notes { get; } = notes;

        public Rect Bounds { get; set; } = new(0, 0, 0, 0);
    }

    private sealed class Layout
    {
        public required List<Box> Boxes { get; init; }

        public required List<Edge> Edges { get; init; }

        public required List<string> Notes { get; init; }

        public required double Width { get; init; }

        public required double Height { get; init; }

        public required Point Start { get; init; }

        public required double NotesTop { get; init; }

        public static Layout Of(IReadOnlyList<ProcedureStep> steps)
        {
            var rows = Order(steps);
            var rowOf = new Dictionary<CaseState, int>();
            for (var i = 0; i < rows.Count; i++)
            {
                rowOf.Add(rows[i].State, i);
            }

            var boxes = rows.Select(s => new Box(s, [.. s.Transitions.Where(t => t.IsWithinStep).Select(t => $"（同步{t.ActionName}）")])).ToList();
            var boxWidth = Math.Max(
                MinBoxWidth,
                boxes.Max(b => b.Notes.Select(n => Measure(n, NoteSize)).Append(Measure(b.Step.Name, NameSize)).Max()) + 2 * BoxPadding);

            var notes = new List<string>();
            var edges = new List<Edge>();
            foreach (var (step, row) in rows.Select((s, i) => (s, i)))
            {
                var moves = step.Transitions.Where(t => !t.IsWithinStep).ToList();
                foreach (var transition in moves)
                {
                    if (!rowOf.TryGetValue(transition.To, out var to))
                    {
                        throw new ArgumentException($"{transition.ToName} is not a step of the procedure.", nameof(steps));
                    }

                    // The same action leading to two places (建管科: 约谈后配合整改) is told apart by the conditions that differ,
                    // noted below the chart; the others are in the list.
                    var text = transition.ActionName;
                    var alternatives = moves.Where(t => t.Action == transition.Action).ToList();
                    var distinct = transition.Conditions.Where(c => !alternatives.TrueForAll(t => t.Conditions.Contains(c))).ToList();
                    if (alternatives.Count > 1 && distinct.Count > 0)
                    {
                        notes.Add(string.Join("；", distinct));
                        text += Marker(notes.Count);
                    }

                    var labelWidth = to == row + 1 ? boxWidth - 2 * PillPadding : SideLabelWidth;
                    edges.Add(new Edge(transition, step, row, to, Wrap(text, labelWidth, LabelSize)));
                }
            }

            var leftLanes = AssignLanes(edges.Where(e => e.Route == Route.Back).ToList());
            var rightLanes = AssignLanes(edges.Where(e => e.Route == Route.Skip).ToList());
            var leftColumn = edges.Where(e => e.Route == Route.Back).Select(e => e.LabelWidth).DefaultIfEmpty(0).Max();
            var rightColumn = edges.Where(e => e.Route == Route.Skip).Select(e => e.LabelWidth).DefaultIfEmpty(0).Max();

            // Columns from the left: lanes back up, their labels, the boxes, the labels of the lanes down, those lanes.
            var leftLaneX = Enumerable.Range(0, leftLanes).Select(k => Margin + (leftLanes - k - 0.5) * LaneGap).ToList();
            var boxLeft = Margin + (leftLanes > 0 ? leftLanes * LaneGap + LaneInset + leftColumn + ColumnGap : 0);
            var boxRight = boxLeft + boxWidth;
            var rightLanesFrom = boxRight + (rightLanes > 0 ? ColumnGap + rightColumn + LaneInset : 0);
            var rightLaneX = Enumerable.Range(0, rightLanes).Select(k => rightLanesFrom + (k + 0.5) * LaneGap).ToList();
            var width = rightLanesFrom + rightLanes * LaneGap + Margin;
            var centre = boxLeft + boxWidth / 2;

            var start = new Point(centre, Margin + StartRadius);
            var y = start.Y + StartRadius + StartStem;
            for (var row = 0; row < boxes.Count; row++)
            {
                var left = Ports(edges, row, Route.Back);
                var right = Ports(edges, row, Route.Skip);
                var height = Math.Max(BoxHeight + boxes[row].Notes.Count * NoteSize * 1.3, Math.Max(SideHeight(left), SideHeight(right)));
                var bounds = new Rect(boxLeft, y, boxWidth, height);
                boxes[row].Bounds = bounds;
                PlacePorts(left, bounds, boxLeft, leftLaneX, isLeft: true);
                PlacePorts(right, bounds, boxRight, rightLaneX, isLeft: false);
                y += height;

                var down = edges.Where(e => e.Route == Route.Down && e.FromRow == row).ToList();
                if (row < boxes.Count - 1)
                {
                    y += down.Count == 0 ? EmptyGap : PlaceDownEdges(down, centre, boxWidth, y);
                }
            }

            var notesTop = y + (notes.Count > 0 ? 14 : 0);
            var noteLines = notes.Select((n, i) => Wrap(Note(i + 1, n), width - 2 * Margin, NotesSize)).Sum(l => l.Count);
            return new Layout
            {
                Boxes = boxes,
                Edges = edges,
                Notes = notes,
                Width = width,
                Height = notesTop + noteLines * NotesSize * 1.5 + Margin,
                Start = start,
                NotesTop = notesTop,
            };
        }

        /// <summary>Working steps in procedure order, then the final states, the one reached from the latest step first (the main path ends straight).</summary>
        private static List<ProcedureStep> Order(IReadOnlyList<ProcedureStep> steps)
        {
            var index = steps.Select((s, i) => (s.State, i)).ToDictionary(p => p.State, p => p.i);
            int LatestSource(ProcedureStep final) =>
                steps.Where(s => s.Transitions.Any(t => !t.IsWithinStep && t.To == final.State)).Select(s => index[s.State]).DefaultIfEmpty(-1).Max();

            return [.. steps.Where(s => !s.IsFinal), .. steps.Where(s => s.IsFinal).OrderByDescending(LatestSource).ThenBy(s => index[s.State])];
        }

        /// <summary>Interval colouring, shortest span innermost; two lines share a lane only if they touch no common row.</summary>
        private static int AssignLanes(List<Edge> edges)
        {
            var lanes = new List<List<(int Low, int High)>>();
            foreach (var edge in edges.OrderBy(e => Math.Abs(e.ToRow - e.FromRow)).ThenBy(e => Math.Min(e.FromRow, e.ToRow)).ThenBy(e => e.FromRow))
            {
                var span = (Low: Math.Min(edge.FromRow, edge.ToRow), High: Math.Max(edge.FromRow, edge.ToRow));
                var lane = lanes.FindIndex(l => l.TrueForAll(o => o.High < span.Low || span.High < o.Low));
                if (lane < 0)
                {
                    lanes.Add([]);
                    lane = lanes.Count - 1;
                }

                lanes[lane].Add(span);
                edge.Lane = lane;
            }

            return lanes.Count;
        }

        /// <summary>
        /// The ports on one side of a box, top to bottom: those whose lane runs up (inner lane first), then those whose
        /// lane runs down (outer lane first). In that order no line into or out of a box crosses a lane of the same box.
        /// </summary>
        private static List<Port> Ports(List<Edge> edges, int row, Route route)
        {
            var ports = edges.Where(e => e.Route == route && e.FromRow == row).Select(e => new Port(e, true))
                .Concat(edges.Where(e => e.Route == route && e.ToRow == row).Select(e => new Port(e, false)))
                .ToList();
            return
            [
                .. ports.Where(p => p.LaneGoesUp).OrderBy(p => p.Edge.Lane),
                .. ports.Where(p => !p.LaneGoesUp).OrderByDescending(p => p.Edge.Lane),
            ];
        }

        private static double SideHeight(List<Port> ports) => ports.Count == 0 ? 0 : ports.Sum(p => p.Slot) + 2 * SidePadding;

        private static void PlacePorts(List<Port> ports, Rect box, double boxEdge, List<double> laneX, bool isLeft)
        {
            var y = box.Y + (box.Height - SideHeight(ports)) / 2 + SidePadding;
            foreach (var port in ports)
            {
                var at = new Point(boxEdge, y + port.Slot / 2);
                var edge = port.Edge;
                edge.LaneX = laneX[edge.Lane];
                if (port.IsExit)
                {
                    edge.Exit = at;
                    var labelX = isLeft ? boxEdge - ColumnGap - edge.LabelWidth : boxEdge + ColumnGap;
                    edge.LabelBox = new Rect(labelX, at.Y - edge.LabelHeight / 2, edge.LabelWidth, edge.LabelHeight);
                }
                else
                {
                    edge.Entry = at;
                }

                y += port.Slot;
            }
        }

        /// <summary>Arrows to the next box, side by side, their labels one under the other; returns the height of the gap.</summary>
        private static double PlaceDownEdges(List<Edge> down, double centre, double boxWidth, double top)
        {
            var spacing = down.Count == 1 ? 0 : Math.Min(down.Max(e => e.LabelWidth) / 2 + 10, (boxWidth - 24) / (down.Count - 1));
            var y = top + StemBeforeLabel;
            for (var k = 0; k < down.Count; k++)
            {
                var x = centre + (k - (down.Count - 1) / 2.0) * spacing;
                down[k].LabelBox = new Rect(x - down[k].LabelWidth / 2, y, down[k].LabelWidth, down[k].LabelHeight);
                y += down[k].LabelHeight + 4;
            }

            var gap = y - 4 + StemAfterLabel - top;
            for (var k = 0; k < down.Count; k++)
            {
                var x = centre + (k - (down.Count - 1) / 2.0) * spacing;
                (down[k].Exit, down[k].Entry) = (new Point(x, top), new Point(x, top + gap));
            }

            return gap;
        }
    }

    private static string Draw(Layout layout, string title)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment, Indent = false };
        using (var writer = XmlWriter.Create(text, settings))
        {
            writer.WriteStartElement("svg", SvgNamespace);
            Attributes(
                writer,
                ("class", "procedure-diagram"),
                ("role", "img"),
                ("aria-labelledby", TitleId),
                ("aria-describedby", DescriptionId),
                ("viewBox", $"0 0 {N(layout.Width)} {N(layout.Height)}"),
                ("width", "100%"),
                ("font-family", FontFamily),
                ("data-testid", "procedure-diagram"));
            Element(writer, "title", title, ("id", TitleId));
            Element(
                writer,
                "desc",
                $"{title}：自“{layout.Boxes[0].Step.Name}”起，按办理顺序自上而下排列各办理环节，箭头旁注明办理操作，虚线表示退回前面的环节。下方的有序列表以文字列出相同的内容。",
                ("id", DescriptionId));

            writer.WriteStartElement("defs", SvgNamespace);
            writer.WriteStartElement("marker", SvgNamespace);
            Attributes(
                writer,
                ("id", ArrowId),
                ("viewBox", "0 0 10 10"),
                ("refX", "10"),
                ("refY", "5"),
                ("markerWidth", "8"),
                ("markerHeight", "8"),
                ("markerUnits", "userSpaceOnUse"),
                ("orient", "auto"));
            Empty(writer, "path", ("d", "M0,0 L10,5 L0,10 Z"), ("fill", Line));
            writer.WriteEndElement();
            writer.WriteEndElement();

            Empty(writer, "rect", ("width", N(layout.Width)), ("height", N(layout.Height)), ("rx", "8"), ("fill", "#fff"));
            DrawStart(writer, layout);
            foreach (var box in layout.Boxes)
            {
                DrawBox(writer, box);
            }

            foreach (var edge in layout.Edges)
            {
                DrawEdge(writer, edge);
            }

            DrawNotes(writer, layout);
            writer.WriteEndElement();
        }

        return text.ToString();
    }

    private static void DrawStart(XmlWriter writer, Layout layout)
    {
        var start = layout.Start;
        writer.WriteStartElement("g", SvgNamespace);
        Attributes(writer, ("class", "start"));
        Empty(writer, "circle", ("cx", N(start.X)), ("cy", N(start.Y)), ("r", N(StartRadius)), ("fill", Line));
        Empty(
            writer,
            "path",
            ("d", $"M{N(start.X)},{N(start.Y + StartRadius)} V{N(layout.Boxes[0].Bounds.Y)}"),
            ("stroke", Line),
            ("stroke-width", "1.4"),
            ("fill", "none"),
            ("marker-end", $"url(#{ArrowId})"));
        Element(writer, "text", "执法启动", ("x", N(start.X + 12)), ("y", N(start.Y + 4)), ("font-size", N(NoteSize)), ("fill", Muted));
        writer.WriteEndElement();
    }

    private static void DrawBox(XmlWriter writer, Box box)
    {
        var step = box.Step;
        var bounds = box.Bounds;
        writer.WriteStartElement("g", SvgNamespace);
        Attributes(writer, ("class", step.IsFinal ? "step final" : "step"), ("data-state", step.State.ToString()));
        Empty(
            writer,
            "rect",
            ("x", N(bounds.X)),
            ("y", N(bounds.Y)),
            ("width", N(bounds.Width)),
            ("height", N(bounds.Height)),
            ("rx", N(step.IsFinal ? Math.Min(bounds.Height / 2, 20) : 6)),
            ("fill", step.IsFinal ? Brand : BoxFill),
            ("stroke", Brand),
            ("stroke-width", "1.5"));

        var centre = bounds.X + bounds.Width / 2;
        var linesHeight = NameSize * 1.3 + box.Notes.Count * NoteSize * 1.3;
        var baseline = bounds.Y + (bounds.Height - linesHeight) / 2 + NameSize * 1.0;
        Element(
            writer,
            "text",
            step.Name,
            ("x", N(centre)),
            ("y", N(baseline)),
            ("text-anchor", "middle"),
            ("font-size", N(NameSize)),
            ("fill", step.IsFinal ? "#fff" : Ink));
        foreach (var note in box.Notes)
        {
            baseline += NoteSize * 1.3;
            Element(writer, "text", note, ("x", N(centre)), ("y", N(baseline + 1)), ("text-anchor", "middle"), ("font-size", N(NoteSize)), ("fill", Muted));
        }

        writer.WriteEndElement();
    }

    private static void DrawEdge(XmlWriter writer, Edge edge)
    {
        var transition = edge.Transition;
        writer.WriteStartElement("g", SvgNamespace);
        Attributes(
            writer,
            ("class", "edge " + edge.Route.ToString().ToLowerInvariant()),
            ("data-from", edge.From.State.ToString()),
            ("data-to", transition.To.ToString()),
            ("data-action", transition.Action.ToString()));
        var path = new List<(string, string)>
        {
            ("d", RoundedPath(edge.Points)),
            ("fill", "none"),
            ("stroke", Line),
            ("stroke-width", "1.4"),
            ("marker-end", $"url(#{ArrowId})"),
        };
        if (edge.Route == Route.Back)
        {
            path.Add(("stroke-dasharray", "5 3"));
        }

        Empty(writer, "path", [.. path]);
        var label = edge.LabelBox;
        Empty(
            writer,
            "rect",
            ("class", "edge-label"),
            ("x", N(label.X)),
            ("y", N(label.Y)),
            ("width", N(label.Width)),
            ("height", N(label.Height)),
            ("rx", "4"),
            ("fill", "#fff"));
        // A label beside a box reads away from it, one between two boxes sits on its arrow.
        var (anchor, x) = edge.Route switch
        {
            Route.Skip => ("start", label.X + PillPadding),
            Route.Back => ("end", label.X + label.Width - PillPadding),
            _ => ("middle", label.X + label.Width / 2),
        };
        writer.WriteStartElement("text", SvgNamespace);
        Attributes(writer, ("font-size", N(LabelSize)), ("fill", Ink), ("text-anchor", anchor));
        for (var i = 0; i < edge.Label.Count; i++)
        {
            Element(writer, "tspan", edge.Label[i], ("x", N(x)), ("y", N(label.Y + PillPaddingY + i * LabelLine + LabelSize * 0.95)));
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void DrawNotes(XmlWriter writer, Layout layout)
    {
        if (layout.Notes.Count == 0)
        {
            return;
        }

        writer.WriteStartElement("g", SvgNamespace);
        Attributes(writer, ("class", "notes"), ("font-size", N(NotesSize)), ("fill", Muted));
        var y = layout.NotesTop;
        for (var i = 0; i < layout.Notes.Count; i++)
        {
            foreach (var line in Wrap(Note(i + 1, layout.Notes[i]), layout.Width - 2 * Margin, NotesSize))
            {
                y += NotesSize * 1.5;
                Element(writer, "text", line, ("x", N(Margin)), ("y", N(y - NotesSize * 0.4)));
            }
        }

        writer.WriteEndElement();
    }

    /// <summary>An orthogonal polyline with its corners rounded.</summary>
    private static string RoundedPath(IReadOnlyList<Point> points)
    {
        var path = new StringBuilder();
        path.Append(CultureInfo.InvariantCulture, $"M{N(points[0].X)},{N(points[0].Y)}");
        for (var i = 1; i < points.Count - 1; i++)
        {
            var (before, corner, after) = (points[i - 1], points[i], points[i + 1]);
            var radius = Math.Min(CornerRadius, Math.Min(Distance(before, corner), Distance(corner, after)) / 2);
            var into = Towards(corner, before, radius);
            var outOf = Towards(corner, after, radius);
            path.Append(CultureInfo.InvariantCulture, $" L{N(into.X)},{N(into.Y)} Q{N(corner.X)},{N(corner.Y)} {N(outOf.X)},{N(outOf.Y)}");
        }

        var last = points[^1];
        path.Append(CultureInfo.InvariantCulture, $" L{N(last.X)},{N(last.Y)}");
        return path.ToString();
    }

    private static double Distance(Point a, Point b) => Math.Abs(a.X - b.X) + Math.Abs(a.Y - b.Y);

    private static Point Towards(Point from, Point to, double by)
    {
        var length = Distance(from, to);
        return length == 0 ? from : new Point(from.X + (to.X - from.X) / length * by, from.Y + (to.Y - from.Y) / length * by);
    }

    /// <summary>Estimated advance of a text: CJK and full-width characters one em, others a little more than half.</summary>
    private static double Measure(string text, double size) => text.Sum(c => c >= '\u2000' ? 1.0 : 0.6) * size;

    /// <summary>Lines no wider than <paramref name="width"/>, broken after the colon of "判定：严重问题" when that is enough.</summary>
    private static List<string> Wrap(string text, double width, double size)
    {
        if (Measure(text, size) <= width)
        {
            return [text];
        }

        var colon = text.IndexOf('：', StringComparison.Ordinal);
        if (colon > 0 && colon < text.Length - 1 && Measure(text[..(colon + 1)], size) <= width && Measure(text[(colon + 1)..], size) <= width)
        {
            return [text[..(colon + 1)], text[(colon + 1)..]];
        }

        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var c in text)
        {
            if (line.Length > 0 && Measure(line.ToString() + c, size) > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(c);
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static string Note(int number, string text) => $"{Marker(number)} {text}";

    private static string Marker(int number) => number is >= 1 and <= 20 ? ((char)('①' + number - 1)).ToString() : $"({number})";

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static void Attributes(XmlWriter writer, params (string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            writer.WriteAttributeString(name, value);
        }
    }

    private static void Empty(XmlWriter writer, string name, params (string Name, string Value)[] attributes)
    {
        writer.WriteStartElement(name, SvgNamespace);
        Attributes(writer, attributes);
        writer.WriteEndElement();
    }

    private static void Element(XmlWriter writer, string name, string content, params (string Name, string Value)[] attributes)
    {
        writer.WriteStartElement(name, SvgNamespace);
        Attributes(writer, attributes);
        writer.WriteString(content);
        writer.WriteEndElement();
    }
}
