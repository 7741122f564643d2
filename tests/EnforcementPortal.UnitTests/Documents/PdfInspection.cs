using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SkiaSharp;
using UglyToad.PdfPig;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>Reads rendered PDFs back: text per page (PdfPig) and the poppler command-line tools.</summary>
internal static partial class PdfInspection
{
    /// <summary>The text of each page, without whitespace, so that assertions do not depend on spacing.</summary>
    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => WhitespaceRegex().Replace(p.Text, string.Empty))];
    }

    /// <summary>
    /// The full path of a poppler tool, or null. Without the tool the test is skipped, except under CI, where its
    /// absence is a broken setup and fails.
    /// </summary>
    /// <summary>How many pixels of a rendered page are dark enough to be ink (text, rules, the QR code).</summary>
    public static int DarkPixels(SKBitmap bitmap)
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        var dark = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red + pixel.Green + pixel.Blue < 3 * 160)
                {
                    dark++;
                }
            }
        }

        return dark;
    }

    public static string RequireTool(string name)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
        if (path is not null)
        {
            return path;
        }

        var reason = $"'{name}' (poppler-utils) is not on PATH.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " CI must install poppler-utils.");
        }

        Assert.Skip(reason);
        return null!;
    }

    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish in 60 s.");
        }

        process.ExitCode.ShouldBe(0, $"{Path.GetFileName(tool)} failed: {error}");
        return output.GetAwaiter().GetResult();
    }

    /// <summary>Writes the PDF to a fresh temporary directory; the caller deletes it.</summary>
    public static string WriteTemporary(byte[] pdf, out string directory)
    {
        directory = Path.Combine(Path.GetTempPath(), "ep-pdf-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "document.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
