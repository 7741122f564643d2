using System.Text;

namespace EnforcementPortal.Infrastructure.Files;

/// <summary>
/// Finds active content in a PDF: scripts (<c>/JavaScript</c>, <c>/JS</c>), actions run on opening or on events
/// (<c>/OpenAction</c> other than a plain page destination, <c>/AA</c>), launching programs (<c>/Launch</c>), embedded
/// files, forms with scripts (<c>/XFA</c>) and rich media. Evidence never needs any of these, so such a file is
/// refused rather than cleaned. Names are compared after decoding <c>#xx</c> escapes (<c>/J#61vaScript</c>).
/// Content hidden inside compressed object streams is not decompressed; evidence is also always served as a download,
/// never opened inside the portal's pages.
/// </summary>
public static class PdfActiveContent
{
    private static readonly string[] ActiveNames = ["JavaScript", "JS", "Launch", "AA", "EmbeddedFile", "EmbeddedFiles", "XFA", "RichMedia", "SubmitForm", "ImportData", "GoToE"];

    /// <summary>The first active-content name found, or null when there is none.</summary>
    public static string? Find(ReadOnlySpan<byte> pdf)
    {
        var i = 0;
        while (i < pdf.Length)
        {
            if (pdf[i] != (byte)'/')
            {
                i++;
                continue;
            }

            var (name, end) = ReadName(pdf, i + 1);
            if (ActiveNames.Contains(name, StringComparer.Ordinal))
            {
                return name;
            }

            if (name == "OpenAction" && !IsDestinationArray(pdf, end))
            {
                return name;
            }

            i = Math.Max(end, i + 1);
        }

        return null;
    }

    private static (string Name, int End) ReadName(ReadOnlySpan<byte> pdf, int start)
    {
        var builder = new StringBuilder();
        var i = start;
        while (i < pdf.Length && builder.Length < 64)
        {
            var b = pdf[i];
            if (IsDelimiter(b))
            {
                break;
            }

            if (b == (byte)'#' && i + 2 < pdf.Length && IsHex(pdf[i + 1]) && IsHex(pdf[i + 2]))
            {
                builder.Append((char)Convert.ToByte(Encoding.ASCII.GetString(pdf.Slice(i + 1, 2)), 16));
                i += 3;
                continue;
            }

            builder.Append((char)b);
            i++;
        }

        return (builder.ToString(), i);
    }

    /// <summary>A page destination (<c>/OpenAction [3 0 R /Fit]</c>), which scanners write, is harmless.</summary>
    private static bool IsDestinationArray(ReadOnlySpan<byte> pdf, int at)
    {
        var i = at;
        while (i < pdf.Length && pdf[i] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or 0 or 12)
        {
            i++;
        }

        return i < pdf.Length && pdf[i] == (byte)'[';
    }

    private static bool IsDelimiter(byte b) =>
        b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or 0 or 12 or (byte)'/' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'(' or (byte)')' or (byte)'{' or (byte)'}' or (byte)'%';

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';
}
