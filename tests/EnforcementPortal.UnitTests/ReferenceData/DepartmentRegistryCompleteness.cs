using System.Collections;
using System.Reflection;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Seeding;

namespace EnforcementPortal.UnitTests.ReferenceData;

/// <summary>
/// The department registry (<see cref="DepartmentPolicy"/>) is complete: every department has every entry, and what must
/// tell departments apart (slug, 文号 prefix, unit name) does. Adding a department is one policy entry plus one row in
/// <see cref="Rows"/>; the test fails until both exist and the entry is filled in.
/// </summary>
public sealed class DepartmentRegistryCompleteness
{
    /// <summary>One row per department: its code, public slug, unit on documents and default reply.</summary>
    public static TheoryData<DepartmentCode, string, string, ReplyKind> Rows => new()
    {
        { DepartmentCode.Housing, "fangchan", "伊宁市住房和城乡建设局房地产市场监管科", ReplyKind.Statement },
        { DepartmentCode.ConstructionManagement, "jianguan", "伊宁市住房和城乡建设局建管科", ReplyKind.Statement },
        { DepartmentCode.CivilAirDefense, "renfang", "伊宁市住房和城乡建设局人民防空办公室", ReplyKind.Statement },
        { DepartmentCode.Safety, "anjian", "伊宁市建设工程安全监督站", ReplyKind.Receipt },
        { DepartmentCode.Quality, "zhijian", "伊宁市建筑工程质量监督站", ReplyKind.Receipt },
    };

    [Fact]
    public void EveryDepartmentHasAPolicyAndATestRow()
    {
        var rows = Rows.Select(r => r.Data.Item1).ToList();

        DepartmentPolicy.All.Select(p => p.Department).ShouldBe(Enum.GetValues<DepartmentCode>());
        rows.ShouldBe(Enum.GetValues<DepartmentCode>(), ignoreOrder: true, "a department without a row in Rows");
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void EveryEntryOfTheDepartmentIsFilledIn(DepartmentCode department, string slug, string unitName, ReplyKind reply)
    {
        var policy = DepartmentPolicy.For(department);

        policy.Department.ShouldBe(department);
        policy.Slug.ShouldBe(slug);
        policy.UnitName.ShouldBe(unitName);
        policy.DefaultReplyKind.ShouldBe(reply);
        MissingEntries(policy, nameof(DepartmentPolicy)).ShouldBeEmpty($"{department} lacks these registry entries");
        MissingEntries(policy.Guide, nameof(DepartmentPolicy.Guide)).ShouldBeEmpty($"{department} lacks these service-guide entries");
        MissingEntries(policy.Statistics, nameof(DepartmentPolicy.Statistics)).ShouldBeEmpty($"{department} lacks these statistics entries");
        policy.LegalBasis.ShouldStartWith("《");
        policy.Slug.ShouldMatch("^[a-z]+$");
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void EveryPartOfThePortalFindsTheDepartmentInTheRegistry(DepartmentCode department, string slug, string unitName, ReplyKind reply)
    {
        _ = (slug, unitName, reply);
        var policy = DepartmentPolicy.For(department);

        CaseDocumentComposer.LegalBasisOf(department).ShouldBe(policy.LegalBasis);
        AnnualIndicators.For(department).Single(i => i.Code == IndicatorCode.SupervisedObjects).Name.ShouldBe(policy.Statistics.SupervisedObjectsIndicator);
        AnnualIndicators.For(department).Single(i => i.Code == IndicatorCode.ClosedLoopRate).Name.ShouldBe(policy.Statistics.ClosedLoopIndicator);
        var stored = ReferenceDataSeeder.Departments.Single(d => d.Code == department);
        (stored.Name, stored.ShortName, stored.Phone, stored.Office).ShouldBe((policy.FullName, policy.ShortName, policy.Phone, policy.Office));
        DepartmentPolicy.TryFromSlug(policy.Slug.ToUpperInvariant(), out var parsed).ShouldBeTrue();
        parsed.ShouldBe(department);
    }

    [Fact]
    public void WhatTellsDepartmentsApartIsUnique()
    {
        DepartmentPolicy.All.Select(p => p.Slug).ShouldBeUnique();
        DepartmentPolicy.All.Select(p => p.NumberPrefix).ShouldBeUnique();
        DepartmentPolicy.All.Select(p => p.UnitName).ShouldBeUnique();
        DepartmentPolicy.All.Select(p => p.ShortName).ShouldBeUnique();
    }

    [Fact]
    public void TheCheckFindsAMissingEntry()
    {
        var incomplete = DepartmentPolicy.For(DepartmentCode.Quality) with { UnitName = " ", Guide = DepartmentPolicy.For(DepartmentCode.Quality).Guide with { Cooperation = [] } };

        MissingEntries(incomplete, nameof(DepartmentPolicy)).ShouldBe([$"{nameof(DepartmentPolicy)}.{nameof(DepartmentPolicy.UnitName)}"]);
        MissingEntries(incomplete.Guide, nameof(DepartmentPolicy.Guide)).ShouldBe([$"{nameof(DepartmentPolicy.Guide)}.{nameof(ServiceGuideText.Cooperation)}"]);
    }

    /// <summary>The public properties that are blank: empty or whitespace text, an empty list, a null.</summary>
    private static List<string> MissingEntries(object entry, string prefix) =>
        [.. entry.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Where(p => p.GetValue(entry) switch
            {
                null => true,
                string text => string.IsNullOrWhiteSpace(text),
                IEnumerable list => !list.Cast<object>().Any() || list.OfType<string>().Any(string.IsNullOrWhiteSpace),
                _ => false,
            })
            .Select(p => $"{prefix}.{p.Name}")];
}
