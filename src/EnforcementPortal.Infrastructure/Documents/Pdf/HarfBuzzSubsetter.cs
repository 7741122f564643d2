using System.Runtime.InteropServices;

namespace EnforcementPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// A font kept in memory for the life of the process that HarfBuzz's subsetter cuts down to the code points of one
/// document. Skia's PDF backend embeds whatever font it is given, whole; a CJK face is 10–15 MB, and Skia's
/// glyph-to-Unicode map picks the wrong one of two code points that share a glyph (工 came out as the Kangxi
/// radical ⼯). A subset that maps only the document's code points fixes both.
/// </summary>
internal sealed partial class HarfBuzzSubsetter
{
    private const string Library = "libHarfBuzzSharp";

    // hb_memory_mode_t.HB_MEMORY_MODE_READONLY: HarfBuzz reads the caller's memory without copying it.
    private const int MemoryModeReadOnly = 1;

    // hb_subset_sets_t.HB_SUBSET_SETS_DROP_TABLE_TAG
    private const int SubsetSetsDropTableTag = 3;

    // hb_subset_flags_t.HB_SUBSET_FLAGS_NO_HINTING: PDF viewers do not use TrueType hinting.
    private const uint SubsetFlagsNoHinting = 0x1;

    // Skia draws unshaped text from cmap, hmtx and glyf; layout tables would only pull extra glyphs (vertical and
    // locale forms) into the subset through their closure.
    private static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "BASE", "STAT", "vhea", "vmtx", "VORG"];

    private readonly IntPtr _face;
    private readonly Lock _lock = new();

    /// <param name="pinnedFontData">
    /// The font file in memory that never moves and lives as long as this object (an array on the pinned object heap).
    /// </param>
    public HarfBuzzSubsetter(byte[] pinnedFontData)
    {
        ArgumentNullException.ThrowIfNull(pinnedFontData);
        var address = Marshal.UnsafeAddrOfPinnedArrayElement(pinnedFontData, 0);
        var blob = BlobCreate(address, (uint)pinnedFontData.Length, MemoryModeReadOnly, IntPtr.Zero, IntPtr.Zero);
        var face = FaceCreate(blob, 0);
        BlobDestroy(blob);

        // Preprocessing builds the subsetter's lookup tables once, so that every later subset of this large font is
        // fast. Instances live for the whole process (one per face in FontLibrary), so the native face is never freed.
        _face = SubsetPreprocess(face);
        FaceDestroy(face);
    }

    /// <summary>Returns a TrueType font that contains only the glyphs for <paramref name="codePoints"/>.</summary>
    public byte[] Subset(IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(codePoints);
        var input = SubsetInputCreateOrFail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not create a subset input.");
        }

        try
        {
            var unicodes = SubsetInputUnicodeSet(input);
            foreach (var codePoint in codePoints)
            {
                SetAdd(unicodes, (uint)codePoint);
            }

            var dropTables = SubsetInputSet(input, SubsetSetsDropTableTag);
            foreach (var tag in DroppedTables)
            {
                SetAdd(dropTables, Tag(tag));
            }

            SubsetInputSetFlags(input, SubsetFlagsNoHinting);

            IntPtr subset;
            lock (_lock)
            {
                subset = SubsetOrFail(_face, input);
            }

            if (subset == IntPtr.Zero)
            {
                throw new InvalidOperationException("HarfBuzz could not subset the font.");
            }

            try
            {
                var blob = FaceReferenceBlob(subset);
                try
                {
                    var data = BlobGetData(blob, out var length);
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return bytes;
                }
                finally
                {
                    BlobDestroy(blob);
                }
            }
            finally
            {
                FaceDestroy(subset);
            }
        }
        finally
        {
            SubsetInputDestroy(input);
        }
    }

    private static uint Tag(string tag) =>
        ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];

    [LibraryImport(Library, EntryPoint = "hb_blob_create")]
    private static partial IntPtr BlobCreate(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    private static partial void BlobDestroy(IntPtr blob);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    private static partial IntPtr BlobGetData(IntPtr blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_face_create")]
    private static partial IntPtr FaceCreate(IntPtr blob, uint index);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    private static partial void FaceDestroy(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    private static partial IntPtr FaceReferenceBlob(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_set_add")]
    private static partial void SetAdd(IntPtr set, uint codePoint);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    private static partial IntPtr SubsetInputCreateOrFail();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    private static partial void SubsetInputDestroy(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_unicode_set")]
    private static partial IntPtr SubsetInputUnicodeSet(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set")]
    private static partial IntPtr SubsetInputSet(IntPtr input, int setType);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set_flags")]
    private static partial void SubsetInputSetFlags(IntPtr input, uint flags);

    [LibraryImport(Library, EntryPoint = "hb_subset_preprocess")]
    private static partial IntPtr SubsetPreprocess(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_subset_or_fail")]
    private static partial IntPtr SubsetOrFail(IntPtr face, IntPtr input);
}
