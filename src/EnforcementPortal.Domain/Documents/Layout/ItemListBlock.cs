namespace EnforcementPortal.Domain.Documents.Layout;

/// <summary>How the items of an <see cref="ItemListBlock"/> are numbered.</summary>
public enum ItemNumberStyle
{
    /// <summary>1. 2. 3.</summary>
    Arabic,

    /// <summary>（1）（2）（3）</summary>
    ParenthesizedArabic,

    /// <summary>一、二、三、</summary>
    Chinese,

    /// <summary>（一）（二）（三）</summary>
    ParenthesizedChinese,
}

/// <summary>Numbered items, each laid out like a 公文 paragraph with its number in front.</summary>
public sealed record ItemListBlock : DocumentBlock
{
    public ItemListBlock(IReadOnlyList<string> items, ItemNumberStyle numberStyle = ItemNumberStyle.Arabic)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0 || items.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("An item list needs at least one item, and no item can be blank.", nameof(items));
        }

        Items = [.. items];
        NumberStyle = numberStyle;
    }

    public IReadOnlyList<string> Items { get; }

    public ItemNumberStyle NumberStyle { get; }
}
