using EnforcementPortal.Domain.Documents.Layout;
using FluentValidation;
using FluentValidation.Validators;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>
/// The one rule for text that ends up on a document (通知书, 笔录, 移交单, 协查通知单 …): every character must be drawable
/// by the documents' embedded fonts (Chinese, Latin, Uyghur), never an empty box; the message names the characters.
/// Every validator of a form whose text is printed uses it (<c>.PrintableOnDocuments(coverage, "单位名称")</c>).
/// </summary>
public sealed class PrintableOnDocumentsValidator<T>(IDocumentTextCoverage coverage, string fieldName) : PropertyValidator<T, string?>
{
    public override string Name => "PrintableOnDocuments";

    /// <summary>The field's Chinese name, as the message shows it.</summary>
    public string FieldName { get; } = fieldName;

    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        var missing = coverage.Undrawable(value);
        if (missing.Count == 0)
        {
            return true;
        }

        context.MessageFormatter.AppendArgument("Field", FieldName);
        context.MessageFormatter.AppendArgument("Characters", string.Join("、", missing.Select(c => $"“{c}”")));
        return false;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => Message;

    /// <summary>The Chinese message, with the placeholders the rule fills.</summary>
    public const string Message = "{Field}含有文书字体无法打印的字符：{Characters}，请删除或改用规范文字。";
}

public static class PrintableTextRules
{
    /// <summary>Refuses characters that no document font draws (see <see cref="PrintableOnDocumentsValidator{T}"/>).</summary>
    public static IRuleBuilderOptions<T, string?> PrintableOnDocuments<T>(this IRuleBuilder<T, string?> rule, IDocumentTextCoverage coverage, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(coverage);
        return rule.SetValidator(new PrintableOnDocumentsValidator<T>(coverage, fieldName));
    }
}
