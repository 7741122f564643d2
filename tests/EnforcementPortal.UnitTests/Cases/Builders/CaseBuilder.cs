using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.UnitTests.Cases.Builders;

/// <summary>
/// Opens a case for a department: the first inspection with N general and M serious findings by two certified
/// officers, on Monday 2 March 2026 at 09:00 unless told otherwise.
/// </summary>
internal sealed class CaseBuilder
{
    private readonly DepartmentCode _department;
    private int _general;
    private int _serious;
    private int _sequence = 1;
    private Trigger _trigger = Trigger.RoutinePatrol;
    private DateTime _inspectedAt = Bureau.Start;
    private DateTime? _recordedAt;
    private DateOnly? _determinedOn;
    private IReadOnlyList<OfficerOnDuty> _officers = Bureau.TwoOfficers;

    private CaseBuilder(DepartmentCode department) => _department = department;

    public static CaseBuilder For(DepartmentCode department) => new(department);

    public CaseBuilder WithGeneralFindings(int count)
    {
        _general = count;
        return this;
    }

    public CaseBuilder WithSeriousFindings(int count)
    {
        _serious = count;
        return this;
    }

    public CaseBuilder WithoutFindings()
    {
        _general = 0;
        _serious = 0;
        return this;
    }

    public CaseBuilder StartedBy(Trigger trigger)
    {
        _trigger = trigger;
        return this;
    }

    public CaseBuilder Numbered(int sequence)
    {
        _sequence = sequence;
        return this;
    }

    /// <summary>The inspection took place at <paramref name="inspectedAt"/> and was recorded the same moment.</summary>
    public CaseBuilder InspectedAt(DateTime inspectedAt)
    {
        _inspectedAt = inspectedAt;
        return this;
    }

    /// <summary>The inspection was entered into the portal later than it took place.</summary>
    public CaseBuilder RecordedAt(DateTime recordedAt)
    {
        _recordedAt = recordedAt;
        return this;
    }

    /// <summary>The determination (问题判定) was made on <paramref name="day"/> (default: the inspection day).</summary>
    public CaseBuilder DeterminedOn(DateOnly day)
    {
        _determinedOn = day;
        return this;
    }

    public CaseBuilder WithOfficers(params OfficerOnDuty[] officers)
    {
        _officers = officers;
        return this;
    }

    public CaseNumber Number => new(_department, _inspectedAt.Year, _sequence);

    public CaseOpening Opening()
    {
        var site = SampleSite.Of(_department);
        var findings = new List<FindingDraft>();
        for (var i = 0; i < _serious; i++)
        {
            findings.Add(new FindingDraft(Pick(site.SeriousFindings, i), FindingSeverity.Serious, "现场"));
        }

        for (var i = 0; i < _general; i++)
        {
            findings.Add(new FindingDraft(Pick(site.GeneralFindings, i), FindingSeverity.General, null));
        }

        var narrative = findings.Count == 0
            ? $"执法人员出示执法证件，对{site.SiteName}开展现场检查，未发现{DepartmentPolicy.For(_department).FindingNoun}。"
            : $"执法人员出示执法证件，对{site.SiteName}开展现场检查，发现{findings.Count}项{DepartmentPolicy.For(_department).FindingNoun}，已拍照取证。";
        return new CaseOpening(
            _department,
            _trigger,
            Guid.Parse("9a0f4e52-7c3d-4d7e-8b1a-5e6f70000001"),
            site.SiteName,
            site.SiteAddress,
            _inspectedAt,
            narrative,
            _officers,
            findings,
            new GeoPoint(43.9169, 81.3240),
            _determinedOn);
    }

    public EnforcementCase Build() =>
        EnforcementCase.Open(Guid.NewGuid(), Number, Opening(), Bureau.Officer1, _recordedAt ?? _inspectedAt, Bureau.Calendar);

    /// <summary>Opens the case and hands it to a scenario whose clock starts on the next working day.</summary>
    public CaseScenario Open()
    {
        var recordedAt = _recordedAt ?? _inspectedAt;
        var scenario = new CaseScenario(Build(), recordedAt);
        scenario.NextWorkingDay();
        return scenario;
    }

    private static string Pick(IReadOnlyList<string> samples, int index) =>
        index < samples.Count ? samples[index] : $"{samples[index % samples.Count]}（第{index + 1}处）";
}
