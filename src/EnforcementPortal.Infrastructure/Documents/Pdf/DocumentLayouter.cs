using System.Globalization;
using EnforcementPortal.Domain.Documents.Layout;
using SkiaSharp;
using static EnforcementPortal.Infrastructure.Documents.Pdf.PdfStyle;

namespace EnforcementPortal.Infrastructure.Documents.Pdf;

/// <summary>An entry of an archive's table of contents: another document in the same file.</summary>
internal sealed record TocEntry(int DocumentIndex, string Title, string? DocumentNumber);

/// <summary>
/// Lays a document's blocks out on A4 pages. Text is broken into lines, the flow is cut into slices (a line, a table
/// row, a signature block) and the slices are placed on pages, keeping together what belongs together: a heading with
/// what follows, the first and last two lines of a paragraph, the signature block with the text above it.
/// </summary>
internal sealed class DocumentLayouter
{
    private const float SealRadius = 42f;
    private const float SignatureLineHeight = 28f;
    private const float CaptionSize = 10.5f;
    private const float CaptionLineHeight = CaptionSize * 1.5f;

    /// <summary>The widest space a justified line may put between two characters, in ems.</summary>
    private const float MaxJustificationGap = 0.25f;

    /// <summary>A table row taller than this many lines may continue on the next page, between two lines.</summary>
    private const int UnsplitRowLines = 4;

    private readonly TextMeasurer _measurer;
    private readonly IReadOnlyList<TocEntry> _tableOfContents;
    private readonly List<Slice> _slices = [];

    private DocumentLayouter(TextMeasurer measurer, IReadOnlyList<TocEntry> tableOfContents)
    {
        _measurer = measurer;
        _tableOfContents = tableOfContents;
    }

    private enum SliceKind
    {
        Content,
        PageBreak,
        Spacer,
    }

    /// <summary>Lays out <paramref name="document"/>; returns the drawing operations of each page (at least one).</summary>
    /// <param name="tableOfContents">What a <see cref="TableOfContentsBlock"/> in this document lists.</param>
    public static List<List<DrawOp>> Layout(
        DocumentDefinition document,
        TextMeasurer measurer,
        IReadOnlyList<TocEntry> tableOfContents)
    {
        var layouter = new DocumentLayouter(measurer, tableOfContents);
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            layouter.Add(document.Blocks[i], i + 1 < document.Blocks.Count ? document.Blocks[i + 1] : null);
        }

        return layouter.Paginate();
    }

    /// <summary>Draws one broken line; justified lines get a position for every code point.</summary>
    public static void AddTextLine(
        List<DrawOp> ops,
        TextMeasurer measurer,
        BrokenLine line,
        FontFace face,
        float size,
        float left,
        float width,
        ParagraphAlignment alignment,
        float baseline,
        SKColor? color = null)
    {
        if (line.Text.Length == 0)
        {
            return;
        }

        var x = alignment switch
        {
            ParagraphAlignment.Center => left + ((width - line.Width) / 2),
            ParagraphAlignment.Right => left + width - line.Width,
            _ => left,
        };
        var glyphX = alignment == ParagraphAlignment.Justify && !line.EndsParagraph
            ? Justify(measurer, line, face, size, left, width)
            : null;
        ops.Add(new TextOp(face, size, line.Text, x, baseline) { GlyphX = glyphX, Color = color ?? Ink });
    }

    private static float[]? Justify(TextMeasurer measurer, BrokenLine line, FontFace face, float size, float left, float width)
    {
        var extra = width - line.Width;
        var units = ChineseLineBreaker.Segment(line.Text);

        // A line cut short by a word that moved to the next line is left ragged rather than letter-spaced: no gap
        // wider than a quarter of a character.
        if (units.Count < 2 || extra <= 0.05f || extra / (units.Count - 1) > size * MaxJustificationGap || ArabicScript.Contains(line.Text))
        {
            return null;
        }

        var advances = measurer.GlyphWidths(face, size, line.Text);
        var gap = extra / (units.Count - 1);
        var positions = new float[advances.Length];
        var x = left;
        var glyph = 0;
        foreach (var unit in units)
        {
            foreach (var _ in unit.Text.EnumerateRunes())
            {
                if (glyph >= positions.Length)
                {
                    return null;
                }

                positions[glyph] = x;
                x += advances[glyph];
                glyph++;
            }

            x += gap;
        }

        return glyph == positions.Length ? positions : null;
    }

    private static string ChineseNumber(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n < 10)
        {
            return digits[n].ToString();
        }

        if (n < 100)
        {
            var tens = n / 10;
            var units = n % 10;
            return (tens == 1 ? string.Empty : digits[tens].ToString()) + "十" + (units == 0 ? string.Empty : digits[units].ToString());
        }

        return n.ToString(CultureInfo.InvariantCulture);
    }

    private static string ItemPrefix(ItemNumberStyle style, int number) => style switch
    {
        ItemNumberStyle.ParenthesizedArabic => string.Create(CultureInfo.InvariantCulture, $"（{number}）"),
        ItemNumberStyle.Chinese => ChineseNumber(number) + "、",
        ItemNumberStyle.ParenthesizedChinese => "（" + ChineseNumber(number) + "）",
        _ => string.Create(CultureInfo.InvariantCulture, $"{number}."),
    };

    private static void KeepParagraphEnds(List<Slice> lines)
    {
        // No single first line at the foot of a page, no single last line at the head of the next.
        if (lines.Count >= 2)
        {
            lines[0].KeepWithNext = true;
            lines[^2].KeepWithNext = true;
        }
    }

    private void Add(DocumentBlock block, DocumentBlock? next)
    {
        switch (block)
        {
            case TitleBlock title:
                AddTitle(title, next);
                break;
            case DocumentNumberBlock number:
                AddCentredLines(number.Text, FontFace.SerifRegular, BodySize, BodyLineHeight, spaceAfter: BodyLineHeight);
                break;
            case HeadingBlock heading:
                AddHeading(heading);
                break;
            case ParagraphBlock paragraph:
                KeepParagraphEnds(AddLines(
                    paragraph.Text,
                    FontFace.SerifRegular,
                    BodySize,
                    BodyLineHeight,
                    MarginLeft,
                    ContentWidth,
                    paragraph.FirstLineIndent ? ParagraphIndent : 0,
                    paragraph.Alignment));
                break;
            case ItemListBlock list:
                AddItems(list);
                break;
            case FieldTableBlock table:
                AddFieldTable(table);
                break;
            case SignatureBlock signature:
                AddSignature(signature);

                // The closing block: the QR code stays on the page of the seal (which stays with the text above it).
                _slices[^1].KeepWithNext = next is QrCodeBlock;
                break;
            case QrCodeBlock qr:
                AddQrCode(qr);
                break;
            case ImageBlock image:
                AddImage(image);
                break;
            case TableOfContentsBlock:
                AddTableOfContents();
                break;
            case SpacerBlock spacer:
                _slices.Add(new Slice { Kind = SliceKind.Spacer, Height = (float)spacer.Lines * BodyLineHeight });
                break;
            case PageBreakBlock:
                _slices.Add(new Slice { Kind = SliceKind.PageBreak });
                break;
            default:
                throw new NotSupportedException($"The PDF renderer cannot lay out a {block.GetType().Name}.");
        }
    }

    private List<Slice> AddLines(
        string text,
        FontFace face,
        float size,
        float lineHeight,
        float left,
        float width,
        float firstLineIndent,
        ParagraphAlignment alignment)
    {
        var added = new List<Slice>();
        foreach (var line in _measurer.Breaker(face, size).Break(text, width, width - firstLineIndent))
        {
            var indent = line.StartsParagraph ? firstLineIndent : 0;
            var slice = new Slice
            {
                Height = lineHeight,
                Draw = (ops, top) => AddTextLine(
                    ops, _measurer, line, face, size, left + indent, width - indent, alignment, Baseline(top, lineHeight, size)),
            };
            _slices.Add(slice);
            added.Add(slice);
        }

        return added;
    }

    private List<Slice> AddCentredLines(string text, FontFace face, float size, float lineHeight, float spaceAfter)
    {
        var lines = AddLines(text, face, size, lineHeight, MarginLeft, ContentWidth, 0, ParagraphAlignment.Center);
        foreach (var line in lines)
        {
            line.KeepWithNext = true;
        }

        if (lines.Count > 0)
        {
            lines[^1].SpaceAfter = spaceAfter;
        }

        return lines;
    }

    private void AddTitle(TitleBlock title, DocumentBlock? next)
    {
        var lines = AddCentredLines(
            title.Text,
            FontFace.SansBold,
            TitleSize,
            TitleLineHeight,
            spaceAfter: next is DocumentNumberBlock ? 4 : BodyLineHeight);
        lines[0].SpaceBefore = BodyLineHeight;
    }

    private void AddHeading(HeadingBlock heading)
    {
        var size = heading.Level == 1 ? 13f : BodySize;
        var lines = AddLines(
            heading.Text, FontFace.SansBold, size, size * 1.6f, MarginLeft, ContentWidth, ParagraphIndent, ParagraphAlignment.Left);
        foreach (var line in lines)
        {
            line.KeepWithNext = true;
        }

        lines[0].SpaceBefore = heading.Level == 1 ? 8 : 4;
        lines[^1].SpaceAfter = 2;
    }

    private void AddItems(ItemListBlock list)
    {
        for (var i = 0; i < list.Items.Count; i++)
        {
            KeepParagraphEnds(AddLines(
                ItemPrefix(list.NumberStyle, i + 1) + list.Items[i],
                FontFace.SerifRegular,
                BodySize,
                BodyLineHeight,
                MarginLeft,
                ContentWidth,
                ParagraphIndent,
                ParagraphAlignment.Justify));
        }
    }

    private void AddFieldTable(FieldTableBlock table)
    {
        var rows = new List<Slice>();
        if (table.Bordered)
        {
            var style = new GridStyle(Bordered: true, TableSize, TableLineHeight, TablePaddingX, TablePaddingY);
            var widest = table.Rows.SelectMany(r => r.Fields).Max(f => _measurer.Measure(FontFace.SerifBold, TableSize, f.Label));
            var labelWidth = Math.Clamp(
                widest + (2 * TablePaddingX),
                (4 * TableSize) + (2 * TablePaddingX),
                ContentWidth * 0.25f);
            var half = ContentWidth / 2;
            foreach (var row in table.Rows)
            {
                var cells = new List<GridCell>();
                var split = row.Fields.Count == 1 ? ContentWidth : PairSplit(row, half - labelWidth);
                for (var i = 0; i < row.Fields.Count; i++)
                {
                    var left = MarginLeft + (i * split);
                    var fieldWidth = i == 0 ? split : ContentWidth - split;
                    cells.Add(new GridCell(left, labelWidth, row.Fields[i].Label, FontFace.SerifBold, ParagraphAlignment.Center));
                    cells.Add(new GridCell(
                        left + labelWidth, fieldWidth - labelWidth, row.Fields[i].Value, FontFace.SerifRegular, ParagraphAlignment.Justify));
                }

                rows.AddRange(AddGridRow(cells, style, row.MinLines));
            }

            rows[0].SpaceBefore = 6;
            rows[^1].SpaceAfter = 6;
            return;
        }

        var plain = new GridStyle(Bordered: false, BodySize, BodyLineHeight, 0, 0);
        static string WithColon(string label) => label.EndsWith('：') || label.EndsWith(':') ? label : label + "：";
        var singles = table.Rows.Where(r => r.Fields.Count == 1).Select(r => WithColon(r.Fields[0].Label)).ToList();
        var singleLabelWidth = singles.Count == 0
            ? 0
            : Math.Min(singles.Max(l => _measurer.Measure(FontFace.SerifBold, BodySize, l)), ContentWidth * 0.4f);
        foreach (var row in table.Rows)
        {
            var cells = new List<GridCell>();
            if (row.Fields.Count == 1)
            {
                cells.Add(new GridCell(MarginLeft, singleLabelWidth, WithColon(row.Fields[0].Label), FontFace.SerifBold, ParagraphAlignment.Left));
                cells.Add(new GridCell(
                    MarginLeft + singleLabelWidth, ContentWidth - singleLabelWidth, row.Fields[0].Value, FontFace.SerifRegular, ParagraphAlignment.Justify));
            }
            else
            {
                var half = ContentWidth / 2;
                for (var i = 0; i < 2; i++)
                {
                    var label = WithColon(row.Fields[i].Label);
                    var left = MarginLeft + (i * half);
                    var labelWidth = Math.Min(_measurer.Measure(FontFace.SerifBold, BodySize, label), half * 0.5f);
                    var valueWidth = half - labelWidth - (i == 0 ? BodySize : 0);
                    cells.Add(new GridCell(left, labelWidth, label, FontFace.SerifBold, ParagraphAlignment.Left));
                    cells.Add(new GridCell(left + labelWidth, valueWidth, row.Fields[i].Value, FontFace.SerifRegular, ParagraphAlignment.Left));
                }
            }

            rows.AddRange(AddGridRow(cells, plain, row.MinLines));
        }

        rows[0].SpaceBefore = 2;
        rows[^1].SpaceAfter = 2;
    }

    /// <summary>
    /// Where a two-field row divides: at the middle, unless the first value holds a word (a credit code, a case
    /// number) wider than its half, in which case the first field widens into what the second can spare, so that the
    /// word is not broken.
    /// </summary>
    private float PairSplit(FieldRow row, float valueWidth)
    {
        var half = ContentWidth / 2;
        float LongestWord(string value) => ChineseLineBreaker.Segment(value)
            .Where(u => u.Kind == TextUnitKind.Word)
            .Select(u => _measurer.Measure(FontFace.SerifRegular, TableSize, u.Text) + (2 * TablePaddingX) + 1)
            .DefaultIfEmpty(0)
            .Max();
        float Whole(string value) => value.Contains('\n', StringComparison.Ordinal)
            ? float.MaxValue / 4
            : _measurer.Measure(FontFace.SerifRegular, TableSize, value) + (2 * TablePaddingX) + 1;

        // Both values on one line each (a case number, a unit's name), if moving the division allows it.
        var lower = Whole(row.Fields[0].Value) - valueWidth;
        var upper = valueWidth - Whole(row.Fields[1].Value);
        if (lower <= upper)
        {
            return half + Math.Clamp(0, lower, upper);
        }

        var need = LongestWord(row.Fields[0].Value) - valueWidth;
        if (need <= 0)
        {
            return half;
        }

        var spare = valueWidth - Math.Max(LongestWord(row.Fields[1].Value), 2 * TableSize);
        return half + Math.Clamp(need, 0, Math.Max(0, spare));
    }

    private void AddTableOfContents()
    {
        var style = new GridStyle(Bordered: true, TableSize, TableLineHeight, TablePaddingX, TablePaddingY);
        const float numberWidth = 40f;
        const float documentNumberWidth = 150f;
        const float pagesWidth = 64f;
        var titleWidth = ContentWidth - numberWidth - documentNumberWidth - pagesWidth;
        var x1 = MarginLeft + numberWidth;
        var x2 = x1 + documentNumberWidth;
        var x3 = x2 + titleWidth;

        var header = AddGridRow(
            [
                new GridCell(MarginLeft, numberWidth, "序号", FontFace.SerifBold, ParagraphAlignment.Center),
                new GridCell(x1, documentNumberWidth, "文号", FontFace.SerifBold, ParagraphAlignment.Center),
                new GridCell(x2, titleWidth, "题名", FontFace.SerifBold, ParagraphAlignment.Center),
                new GridCell(x3, pagesWidth, "页号", FontFace.SerifBold, ParagraphAlignment.Center),
            ],
            style,
            1);
        header[0].SpaceBefore = 6;
        header[^1].KeepWithNext = true;

        for (var i = 0; i < _tableOfContents.Count; i++)
        {
            var entry = _tableOfContents[i];
            AddGridRow(
                [
                    new GridCell(MarginLeft, numberWidth, (i + 1).ToString(CultureInfo.InvariantCulture), FontFace.SerifRegular, ParagraphAlignment.Center),
                    new GridCell(x1, documentNumberWidth, entry.DocumentNumber ?? string.Empty, FontFace.SerifRegular, ParagraphAlignment.Center),
                    new GridCell(x2, titleWidth, entry.Title, FontFace.SerifRegular, ParagraphAlignment.Left),
                    new GridCell(x3, pagesWidth, string.Empty, FontFace.SerifRegular, ParagraphAlignment.Center, entry.DocumentIndex),
                ],
                style,
                1);
        }
    }

    /// <summary>
    /// Adds one table row as a slice, or as several when it is taller than a page (each piece boxed on its own).
    /// </summary>
    private List<Slice> AddGridRow(IReadOnlyList<GridCell> cells, GridStyle style, int minLines)
    {
        var cellLines = cells
            .Select(c => c.PageReferenceOf is null
                ? _measurer.Breaker(c.Face, style.FontSize).Break(c.Text, Math.Max(1f, c.Width - (2 * style.PaddingX)))
                : [new BrokenLine(string.Empty, 0, true, true)])
            .ToList();
        var lineCount = Math.Max(minLines, Math.Max(1, cellLines.Max(l => l.Count)));
        if (lineCount > UnsplitRowLines && cells.All(c => c.PageReferenceOf is null))
        {
            return AddLineByLineRow(cells, cellLines, style, lineCount);
        }

        var perPiece = Math.Max(1, (int)((ContentHeight - (2 * style.PaddingY)) / style.LineHeight));

        var added = new List<Slice>();
        for (var from = 0; from < lineCount; from += perPiece)
        {
            var first = from;
            var count = Math.Min(perPiece, lineCount - from);
            var whole = count == lineCount;
            var height = (count * style.LineHeight) + (2 * style.PaddingY);
            var slice = new Slice
            {
                Height = height,
                Draw = (ops, top) =>
                {
                    if (style.Bordered)
                    {
                        DrawCellBorders(ops, cells, top, height);
                    }

                    for (var c = 0; c < cells.Count; c++)
                    {
                        var cell = cells[c];
                        var lines = cellLines[c];
                        var centring = whole ? (count - lines.Count) * style.LineHeight / 2 : 0;
                        for (var k = 0; k < count && first + k < lines.Count; k++)
                        {
                            var lineTop = top + style.PaddingY + centring + (k * style.LineHeight);
                            var baseline = Baseline(lineTop, style.LineHeight, style.FontSize);
                            if (cell.PageReferenceOf is { } documentIndex)
                            {
                                ops.Add(new PageReferenceOp(documentIndex, cell.Face, style.FontSize, cell.Left + (cell.Width / 2), baseline));
                                continue;
                            }

                            AddTextLine(
                                ops,
                                _measurer,
                                lines[first + k],
                                cell.Face,
                                style.FontSize,
                                cell.Left + style.PaddingX,
                                cell.Width - (2 * style.PaddingX),
                                cell.Alignment,
                                baseline);
                        }
                    }
                },
            };
            _slices.Add(slice);
            added.Add(slice);
        }

        return added;
    }

    /// <summary>
    /// A tall row as one slice per line, so that it continues on the next page between two lines (never inside a
    /// line) instead of moving whole and leaving the foot of the page empty. Its first two and last two lines stay
    /// together; where the page breaks, the row is closed at the foot and opened again at the head of the next page.
    /// </summary>
    private List<Slice> AddLineByLineRow(
        IReadOnlyList<GridCell> cells,
        List<IReadOnlyList<BrokenLine>> cellLines,
        GridStyle style,
        int lineCount)
    {
        var left = cells[0].Left;
        var right = cells[^1].Left + cells[^1].Width;
        var added = new List<Slice>();
        for (var k = 0; k < lineCount; k++)
        {
            var line = k;
            var isFirst = k == 0;
            var isLast = k == lineCount - 1;
            var paddingTop = isFirst ? style.PaddingY : 0;
            var height = paddingTop + style.LineHeight + (isLast ? style.PaddingY : 0);
            var slice = new Slice
            {
                Height = height,
                Draw = (ops, top) =>
                {
                    if (style.Bordered)
                    {
                        if (isFirst)
                        {
                            ops.Add(new LineOp(left, top, right, top, RuleThickness));
                        }

                        if (isLast)
                        {
                            ops.Add(new LineOp(left, top + height, right, top + height, RuleThickness));
                        }

                        foreach (var cell in cells)
                        {
                            ops.Add(new LineOp(cell.Left, top, cell.Left, top + height, RuleThickness));
                        }

                        ops.Add(new LineOp(right, top, right, top + height, RuleThickness));
                    }

                    var baseline = Baseline(top + paddingTop, style.LineHeight, style.FontSize);
                    for (var c = 0; c < cells.Count; c++)
                    {
                        if (line < cellLines[c].Count)
                        {
                            var cell = cells[c];
                            AddTextLine(
                                ops,
                                _measurer,
                                cellLines[c][line],
                                cell.Face,
                                style.FontSize,
                                cell.Left + style.PaddingX,
                                cell.Width - (2 * style.PaddingX),
                                cell.Alignment,
                                baseline);
                        }
                    }
                },
                OpenAtPageHead = style.Bordered && !isFirst ? (ops, top) => ops.Add(new LineOp(left, top, right, top, RuleThickness)) : null,
                CloseAtPageFoot = style.Bordered && !isLast ? (ops, bottom) => ops.Add(new LineOp(left, bottom, right, bottom, RuleThickness)) : null,
            };
            _slices.Add(slice);
            added.Add(slice);
        }

        added[0].KeepWithNext = true;
        added[^2].KeepWithNext = true;
        return added;
    }

    private static void DrawCellBorders(List<DrawOp> ops, IReadOnlyList<GridCell> cells, float top, float height)
    {
        var left = cells[0].Left;
        var right = cells[^1].Left + cells[^1].Width;
        ops.Add(new LineOp(left, top, right, top, RuleThickness));
        ops.Add(new LineOp(left, top + height, right, top + height, RuleThickness));
        foreach (var cell in cells)
        {
            ops.Add(new LineOp(cell.Left, top, cell.Left, top + height, RuleThickness));
        }

        ops.Add(new LineOp(right, top, right, top + height, RuleThickness));
    }

    private void AddSignature(SignatureBlock signature)
    {
        var breaker = _measurer.Breaker(FontFace.SerifRegular, BodySize);
        var textLines = new List<BrokenLine>();
        if (signature.IssuingBody is not null)
        {
            textLines.AddRange(breaker.Break(signature.IssuingBody, ContentWidth * 0.6f));
        }

        if (signature.Date is not null)
        {
            textLines.AddRange(breaker.Break(signature.Date, ContentWidth * 0.6f));
        }

        // 公文: the issuing body is centred over the date, and the pair stands two characters in from the right.
        var blockWidth = textLines.Count == 0 ? 0 : textLines.Max(l => l.Width);
        var blockLeft = MarginLeft + ContentWidth - ParagraphIndent - blockWidth;
        var textHeight = textLines.Count * BodyLineHeight;
        var spaceBefore = textLines.Count > 0 ? 1.5f * BodyLineHeight : BodyLineHeight;
        var gap = textLines.Count > 0 && signature.SignatureLines.Count > 0 ? BodyLineHeight / 2 : 0;

        // The seal circle may reach into the space above and below the text, as a stamped seal does.
        var sealOverhang = signature.SealPlaceholder && textLines.Count > 0 ? SealRadius + 2 - (textHeight / 2) : 0;
        var paddingTop = Math.Max(0, sealOverhang - spaceBefore);
        var paddingBottom = Math.Max(0, sealOverhang - gap);
        var issuerHeight = textLines.Count == 0 ? 0 : paddingTop + textHeight + paddingBottom;
        var height = issuerHeight + gap + (signature.SignatureLines.Count * SignatureLineHeight);

        _slices.Add(new Slice
        {
            Height = height,
            SpaceBefore = spaceBefore,
            KeepWithPrevious = true,
            Draw = (ops, top) =>
            {
                var textTop = top + paddingTop;
                for (var i = 0; i < textLines.Count; i++)
                {
                    AddTextLine(
                        ops,
                        _measurer,
                        textLines[i],
                        FontFace.SerifRegular,
                        BodySize,
                        blockLeft,
                        blockWidth,
                        ParagraphAlignment.Center,
                        Baseline(textTop + (i * BodyLineHeight), BodyLineHeight, BodySize));
                }

                if (signature.SealPlaceholder && textLines.Count > 0)
                {
                    var centerX = blockLeft + (blockWidth / 2);
                    var centerY = textTop + (textHeight / 2);
                    ops.Add(new CircleOp(centerX, centerY, SealRadius, 0.8f) { Color = Placeholder, Dashed = true });
                    const string sealText = "（印章）";
                    var sealWidth = _measurer.Measure(FontFace.SerifRegular, SmallSize, sealText);
                    ops.Add(new TextOp(FontFace.SerifRegular, SmallSize, sealText, centerX - (sealWidth / 2), centerY - SealRadius + 15)
                    {
                        Color = Placeholder,
                    });
                }

                var y = top + issuerHeight + gap;
                foreach (var line in signature.SignatureLines)
                {
                    DrawSignatureLine(ops, line, y + SignatureLineHeight - 10);
                    y += SignatureLineHeight;
                }
            },
        });
    }

    private void DrawSignatureLine(List<DrawOp> ops, SignatureLine line, float baseline)
    {
        var label = line.Role + "（签名）：";
        var labelWidth = _measurer.Measure(FontFace.SerifRegular, BodySize, label);
        ops.Add(new TextOp(FontFace.SerifRegular, BodySize, label, MarginLeft, baseline));
        var ruleEnd = MarginLeft + (ContentWidth * (line.WithDate ? 0.58f : 0.75f));
        ops.Add(new LineOp(MarginLeft + labelWidth + 2, baseline + 3, ruleEnd, baseline + 3, 0.6f));
        if (!line.WithDate)
        {
            return;
        }

        const string dateLabel = "日期：";
        var x = MarginLeft + (ContentWidth * 0.62f);
        ops.Add(new TextOp(FontFace.SerifRegular, BodySize, dateLabel, x, baseline));
        x += _measurer.Measure(FontFace.SerifRegular, BodySize, dateLabel) + (3 * BodySize);
        foreach (var unit in new[] { "年", "月", "日" })
        {
            ops.Add(new TextOp(FontFace.SerifRegular, BodySize, unit, x, baseline));
            x += 3 * BodySize;
        }
    }

    private void AddQrCode(QrCodeBlock qr)
    {
        var size = (float)qr.SizeMillimetres * PointsPerMillimetre;
        var modules = QrCodeMatrix.Create(qr.Payload);
        var captionLines = qr.Caption is null
            ? []
            : _measurer.Breaker(FontFace.SerifRegular, SmallSize).Break(qr.Caption, Math.Max(size * 1.6f, 120f));
        var captionLineHeight = SmallSize * 1.4f;
        var x = qr.Alignment switch
        {
            BlockAlignment.Left => MarginLeft,
            BlockAlignment.Center => MarginLeft + ((ContentWidth - size) / 2),
            _ => MarginLeft + ContentWidth - size,
        };

        _slices.Add(new Slice
        {
            KeepWithPrevious = true,
            Height = size + (captionLines.Count > 0 ? 2 + (captionLines.Count * captionLineHeight) : 0),
            SpaceBefore = 6,
            SpaceAfter = 6,
            Draw = (ops, top) =>
            {
                ops.Add(new QrCodeOp(modules, x, top, size));
                DrawCaption(ops, captionLines, SmallSize, captionLineHeight, x + (size / 2), top + size + 2);
            },
        });
    }

    private void AddImage(ImageBlock image)
    {
        var captionLines = image.Caption is null
            ? []
            : _measurer.Breaker(FontFace.SerifRegular, CaptionSize).Break(image.Caption, ContentWidth);
        var captionHeight = captionLines.Count == 0 ? 0 : 4 + (captionLines.Count * CaptionLineHeight);
        var maxHeight = ContentHeight - captionHeight;
        if (image.MaxHeightMillimetres is { } max)
        {
            maxHeight = Math.Min(maxHeight, (float)max * PointsPerMillimetre);
        }

        var prepared = ImagePreparer.Prepare(image.Data, ContentWidth, maxHeight);
        var width = prepared?.Width ?? ContentWidth;
        var height = prepared?.Height ?? Math.Min(120f, maxHeight);
        var left = MarginLeft + ((ContentWidth - width) / 2);
        _slices.Add(new Slice
        {
            Height = height + captionHeight,
            SpaceBefore = 6,
            SpaceAfter = 6,
            Draw = (ops, top) =>
            {
                var bounds = new SKRect(left, top, left + width, top + height);
                if (prepared is null)
                {
                    ops.Add(new RectangleOp(bounds, RuleThickness) { Color = Placeholder });
                    var message = new BrokenLine("（图片无法显示）", _measurer.Measure(FontFace.SerifRegular, BodySize, "（图片无法显示）"), true, true);
                    AddTextLine(
                        ops, _measurer, message, FontFace.SerifRegular, BodySize, left, width, ParagraphAlignment.Center,
                        Baseline(top + ((height - BodyLineHeight) / 2), BodyLineHeight, BodySize), Placeholder);
                }
                else
                {
                    ops.Add(new ImageOp(prepared.EncodedImage, bounds));
                }

                DrawCaption(ops, captionLines, CaptionSize, CaptionLineHeight, left + (width / 2), top + height + 4);
            },
        });
    }

    private void DrawCaption(List<DrawOp> ops, IReadOnlyList<BrokenLine> lines, float size, float lineHeight, float centerX, float top)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var x = Math.Clamp(centerX - (lines[i].Width / 2), MarginLeft, MarginLeft + ContentWidth - lines[i].Width);
            AddTextLine(
                ops, _measurer, lines[i], FontFace.SerifRegular, size, x, lines[i].Width, ParagraphAlignment.Left,
                Baseline(top + (i * lineHeight), lineHeight, size));
        }
    }

    private List<List<DrawOp>> Paginate()
    {
        var pages = new List<List<DrawOp>> { new() };
        var y = MarginTop;
        var pageIsEmpty = true;
        var spaceAfterPrevious = 0f;

        // Content placed on the current page since its top or the last spacer: what a slice that keeps with the
        // previous one may take along to the next page.
        var movable = new List<Placement>();

        // Everything placed on the current page, to close a row that continues on the next one.
        var onPage = new List<Placement>();

        void NewPage()
        {
            if (onPage.Count > 0 && onPage[^1].Slice.CloseAtPageFoot is { } close)
            {
                close(pages[^1], onPage[^1].Bottom);
            }

            onPage.Clear();
            pages.Add([]);
            y = MarginTop;
            pageIsEmpty = true;
            spaceAfterPrevious = 0;
            movable.Clear();
        }

        void Place(Slice slice)
        {
            var gap = pageIsEmpty ? 0 : spaceAfterPrevious + slice.SpaceBefore;
            var ops = pages[^1];
            var placement = new Placement(slice, ops.Count, y + gap + slice.Height);
            movable.Add(placement);
            onPage.Add(placement);
            if (pageIsEmpty)
            {
                slice.OpenAtPageHead?.Invoke(ops, y);
            }

            slice.Draw?.Invoke(ops, y + gap);
            y += gap + slice.Height;
            pageIsEmpty = false;
            spaceAfterPrevious = slice.SpaceAfter;
        }

        for (var i = 0; i < _slices.Count; i++)
        {
            var slice = _slices[i];
            if (slice.Kind == SliceKind.PageBreak)
            {
                if (!pageIsEmpty)
                {
                    NewPage();
                }

                continue;
            }

            var gap = pageIsEmpty ? 0 : spaceAfterPrevious + slice.SpaceBefore;
            if (slice.Kind == SliceKind.Spacer)
            {
                // Space that does not fit ends the page instead; it never opens the next one.
                if (y + gap + slice.Height > ContentBottom)
                {
                    NewPage();
                }
                else
                {
                    y += gap + slice.Height;
                    pageIsEmpty = false;
                    spaceAfterPrevious = 0;
                    movable.Clear();
                }

                continue;
            }

            if (!pageIsEmpty && y + gap + HeightKeptTogether(i) > ContentBottom)
            {
                var carried = slice.KeepWithPrevious ? CarriedAlong(movable) : [];
                if (carried.Count > 0)
                {
                    var ops = pages[^1];
                    ops.RemoveRange(carried[0].OpsStart, ops.Count - carried[0].OpsStart);
                    onPage.RemoveRange(onPage.Count - carried.Count, carried.Count);
                }

                NewPage();
                foreach (var placement in carried)
                {
                    Place(placement.Slice);
                }
            }

            Place(slice);
        }

        return pages;
    }

    /// <summary>
    /// The last placed slice and those it keeps with (the last lines of a paragraph), unless that would empty the page.
    /// </summary>
    private static List<Placement> CarriedAlong(List<Placement> placed)
    {
        if (placed.Count < 2)
        {
            return [];
        }

        var first = placed.Count - 1;
        while (first > 0 && (placed[first - 1].Slice.KeepWithNext || placed[first].Slice.KeepWithPrevious))
        {
            first--;
        }

        return first == 0 ? [] : placed[first..];
    }

    /// <summary>The height of a slice and of the slices it must stay with, capped at a page.</summary>
    private float HeightKeptTogether(int index)
    {
        var height = _slices[index].Height;
        for (var i = index; i + 1 < _slices.Count && _slices[i].KeepWithNext && _slices[i + 1].Kind == SliceKind.Content; i++)
        {
            height += _slices[i].SpaceAfter + _slices[i + 1].SpaceBefore + _slices[i + 1].Height;
            if (height > ContentHeight)
            {
                return _slices[index].Height;
            }
        }

        return height;
    }

    private sealed record GridStyle(bool Bordered, float FontSize, float LineHeight, float PaddingX, float PaddingY);

    private sealed record GridCell(
        float Left,
        float Width,
        string Text,
        FontFace Face,
        ParagraphAlignment Alignment,
        int? PageReferenceOf = null);

    private sealed record Placement(Slice Slice, int OpsStart, float Bottom);

    private sealed class Slice
    {
        public SliceKind Kind { get; init; } = SliceKind.Content;

        public float Height { get; init; }

        public float SpaceBefore { get; set; }

        public float SpaceAfter { get; set; }

        public bool KeepWithNext { get; set; }

        public bool KeepWithPrevious { get; init; }

        public Action<List<DrawOp>, float>? Draw { get; init; }

        /// <summary>Drawn when the slice is the first on a page, at the page's top (a table row's top rule).</summary>
        public Action<List<DrawOp>, float>? OpenAtPageHead { get; init; }

        /// <summary>Drawn when the slice is the last on a page, at its bottom (a table row's bottom rule).</summary>
        public Action<List<DrawOp>, float>? CloseAtPageFoot { get; init; }
    }
}
