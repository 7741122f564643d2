using System.Collections;
using System.Reflection;
using EnforcementPortal.Web.ViewModels;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.IntegrationTests.Documents;

/// <summary>
/// Every form whose text ends up on a document refuses characters that no document font draws, with the one shared
/// rule (<see cref="PrintableOnDocumentsValidator{T}"/>): each validator of the portal is probed field by field (a
/// list's element fields included) and the fields that refuse an emoji are compared with the fields that are printed.
/// </summary>
public sealed class PrintableFormFields(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Unprintable = "伊宁😀";

    /// <summary>The printed fields of each form: on a 笔录, 通知书, 移交单, 案卷 or 协查 form.</summary>
    private static readonly Dictionary<Type, string[]> Printed = new()
    {
        [typeof(NewInspectionForm)] = ["PartyName", "LegalRepresentative", "ContactPerson", "PartyAddress", "SiteName", "SiteAddress", "Narrative", "Findings[0].Description", "Findings[0].Location"],
        [typeof(NoticeForm)] = ["Requirements", "Recipient"],
        [typeof(ReplyForm)] = ["Content"],
        [typeof(ReviewForm)] = ["Remarks", "Items[0].Remarks"],
        [typeof(InterviewForm)] = ["Place", "PartyAttendees", "Content"],
        [typeof(TransferForm)] = ["Facts", "EvidenceList", "ReceivingBureau"],
        [typeof(FilingForm)] = ["Reference"],
        [typeof(DisposalForm)] = ["Summary"],
        [typeof(PublicComplaintForm)] = ["PartyName", "SiteAddress", "Description", "Name"],
        [typeof(StaffComplaintForm)] = ["PartyName", "SiteAddress", "Description", "Name"],
        [typeof(ComplaintStepForm)] = ["AssistUnit", "Content"],
        [typeof(PenaltyMatterForm)] = ["Name", "ImplementingAuthority", "LegalBasis", "FineRange"],
    };

    public static TheoryData<string> Forms() => [.. Validated().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Forms))]
    public void EachFormRefusesUnprintableTextExactlyInItsPrintedFields(string formName)
    {
        var form = Validated().Single(t => t.Name == formName);
        using var scope = factory.Services.CreateScope();
        var validator = (IValidator)scope.ServiceProvider.GetRequiredService(typeof(IValidator<>).MakeGenericType(form));

        var refused = new List<string>();
        foreach (var (path, instance) in Probes(form))
        {
            var result = validator.Validate(new ValidationContext<object>(instance));
            var failure = result.Errors.FirstOrDefault(e => e.PropertyName == path && e.ErrorMessage.Contains("文书字体无法打印", StringComparison.Ordinal));
            if (failure is not null)
            {
                failure.ErrorMessage.ShouldContain("“😀”");
                refused.Add(path);
            }
        }

        refused.ShouldBe(Printed.GetValueOrDefault(form) ?? [], ignoreOrder: true, $"{form.Name}: the fields refusing unprintable text");
    }

    [Fact]
    public void EveryFormWithPrintedFieldsHasAValidator() =>
        Printed.Keys.Except(Validated()).ShouldBeEmpty();

    [Fact]
    public void UyghurAndChineseArePrintable()
    {
        using var scope = factory.Services.CreateScope();
        var validator = scope.ServiceProvider.GetRequiredService<IValidator<TransferForm>>();

        var result = validator.Validate(new TransferForm { Facts = "ئۇيغۇر قۇرۇلۇش 伊宁市某公司未按要求整改。", EvidenceList = "现场照片3张", PenaltyMatterIds = [1] });

        result.Errors.ShouldNotContain(e => e.ErrorMessage.Contains("文书字体无法打印", StringComparison.Ordinal));
    }

    /// <summary>The form types the portal validates (every concrete validator of the web assembly).</summary>
    private static IEnumerable<Type> Validated() =>
        typeof(PrintableTextRules).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false, IsVisible: true })
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(i => i.GetGenericArguments()[0])
            .Where(t => !t.IsGenericParameter)
            .Distinct()
            .OrderBy(t => t.Name);

    /// <summary>One form per string field with the unprintable text in it (a list gets one element with it in one field).</summary>
    private static IEnumerable<(string Path, object Form)> Probes(Type form)
    {
        foreach (var property in Writable(form))
        {
            if (property.PropertyType == typeof(string))
            {
                var instance = Activator.CreateInstance(form)!;
                property.SetValue(instance, Unprintable);
                yield return (property.Name, instance);
            }
            else if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>)
                && property.PropertyType.GetGenericArguments()[0] is { IsClass: true } element && element != typeof(string)
                && element.GetConstructor(Type.EmptyTypes) is not null)
            {
                foreach (var inner in Writable(element).Where(p => p.PropertyType == typeof(string)))
                {
                    var instance = Activator.CreateInstance(form)!;
                    var item = Activator.CreateInstance(element)!;
                    inner.SetValue(item, Unprintable);
                    var list = (IList)Activator.CreateInstance(property.PropertyType)!;
                    list.Add(item);
                    property.SetValue(instance, list);
                    yield return ($"{property.Name}[0].{inner.Name}", instance);
                }
            }
        }
    }

    private static IEnumerable<PropertyInfo> Writable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0);
}
