using System.Collections.Concurrent;
using SkiaSharp;

namespace EnforcementPortal.Infrastructure.Documents.Pdf;

/// <summary>The four faces a document is set in.</summary>
internal enum FontFace
{
    /// <summary>Noto Serif SC Regular: body text (宋体-like).</summary>
    SerifRegular,

    /// <summary>Noto Serif SC Bold: labels in forms.</summary>
    SerifBold,

    /// <summary>Noto Sans SC Regular (黑体-like).</summary>
    SansRegular,

    /// <summary>Noto Sans SC Bold: titles and headings.</summary>
    SansBold,
}

/// <summary>
/// The vendored Noto CJK fonts, read once per process: full typefaces to measure text with, and subsetters that cut
/// a per-document subset to embed. Never uses system fonts, so documents come out the same on any machine.
/// </summary>
internal sealed class FontLibrary
{
    private static readonly ConcurrentDictionary<string, FontLibrary> Libraries = new(StringComparer.Ordinal);

    private static readonly Dictionary<FontFace, string> FileNames = new()
    {
        [FontFace.SerifRegular] = "NotoSerifSC-Regular.ttf",
        [FontFace.SerifBold] = "NotoSerifSC-Bold.ttf",
        [FontFace.SansRegular] = "NotoSansSC-Regular.ttf",
        [FontFace.SansBold] = "NotoSansSC-Bold.ttf",
    };

    private readonly Dictionary<FontFace, Lazy<LoadedFont>> _fonts;

    // Uyghur (Arabic script): Noto Naskh Arabic, regular for the serif and sans regular faces, bold for the bold ones.
    private readonly Lazy<(SKTypeface Typeface, ArabicShaper Shaper)> _arabicRegular;
    private readonly Lazy<(SKTypeface Typeface, ArabicShaper Shaper)> _arabicBold;

    private FontLibrary(string directory)
    {
        _fonts = [];
        foreach (var (face, fileName) in FileNames)
        {
            var path = Path.Combine(directory, fileName);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"The PDF font '{fileName}' is missing from '{directory}'. The fonts ship with "
                    + "EnforcementPortal.Infrastructure (Documents/Fonts) and are copied to the output directory.",
                    path);
            }

            _fonts[face] = new Lazy<LoadedFont>(() => LoadedFont.Load(path), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        _arabicRegular = ArabicFont(directory, "NotoNaskhArabic-Regular.ttf");
        _arabicBold = ArabicFont(directory, "NotoNaskhArabic-Bold.ttf");
    }

    /// <summary>Where the build copies the vendored fonts.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Documents", "Fonts");

    /// <summary>The library for a font directory, loaded at most once per process.</summary>
    public static FontLibrary For(string directory) =>
        Libraries.GetOrAdd(Path.GetFullPath(directory), d => new FontLibrary(d));

    /// <summary>The whole typeface, for measuring only; text is drawn with a subset.</summary>
    public SKTypeface GetMeasuringTypeface(FontFace face) => _fonts[face].Value.Typeface;

    /// <summary>The Arabic-script typeface that goes with <paramref name="face"/>; embedded whole when a document uses it.</summary>
    public SKTypeface GetArabicTypeface(FontFace face) => Arabic(face).Typeface;

    /// <summary>The shaper of the Arabic-script font that goes with <paramref name="face"/>.</summary>
    public ArabicShaper GetArabicShaper(FontFace face) => Arabic(face).Shaper;

    private (SKTypeface Typeface, ArabicShaper Shaper) Arabic(FontFace face) =>
        face is FontFace.SerifBold or FontFace.SansBold ? _arabicBold.Value : _arabicRegular.Value;

    private static Lazy<(SKTypeface Typeface, ArabicShaper Shaper)> ArabicFont(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The PDF font '{fileName}' is missing from '{directory}'.", path);
        }

        return new Lazy<(SKTypeface, ArabicShaper)>(
            () => (SKTypeface.FromFile(path) ?? throw new InvalidOperationException($"Skia could not read the font '{path}'."), new ArabicShaper(path)),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A TrueType subset of <paramref name="face"/> that maps exactly <paramref name="codePoints"/>.</summary>
    public byte[] Subset(FontFace face, IEnumerable<int> codePoints) => _fonts[face].Value.Subsetter.Subset(codePoints);

    private sealed class LoadedFont
    {
        private LoadedFont(byte[] data, SKTypeface typeface, HarfBuzzSubsetter subsetter)
        {
            Data = data;
            Typeface = typeface;
            Subsetter = subsetter;
        }

        // Kept referenced: Skia and HarfBuzz read this pinned array in place, without copies of their own.
        public byte[] Data { get; }

        public SKTypeface Typeface { get; }

        public HarfBuzzSubsetter Subsetter { get; }

        public static LoadedFont Load(string path)
        {
            using var file = File.OpenRead(path);
            var data = GC.AllocateUninitializedArray<byte>(checked((int)file.Length), pinned: true);
            file.ReadExactly(data);

            var address = System.Runtime.InteropServices.Marshal.UnsafeAddrOfPinnedArrayElement(data, 0);
            var skData = SKData.Create(address, data.Length, (_, _) => { });
            var typeface = SKTypeface.FromData(skData)
                ?? throw new InvalidOperationException($"Skia could not read the font '{path}'.");
            return new LoadedFont(data, typeface, new HarfBuzzSubsetter(data));
        }
    }
}
