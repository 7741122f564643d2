using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;

namespace EnforcementPortal.UnitTests.Statistics;

/// <summary>Hand-built case records for the indicator tests: one case at a time, as the database would hold them.</summary>
public sealed class StatisticsRecordsBuilder
{
    private readonly List<VisitRecord> _visits = [];
    private readonly List<FindingRecord> _findings = [];
    private readonly List<NoticeRecord> _notices = [];
    private readonly List<ReviewRecord> _reviews = [];
    private readonly List<InterviewRecord> _interviews = [];
    private readonly List<TransferRecord> _transfers = [];

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);

    public CaseRecordBuilder Case(DepartmentCode department, DateOnly openedOn, Guid? party = null, string site = "伊宁市城北片区住宅小区一期项目", Trigger trigger = Trigger.RoutinePatrol) =>
        new(this, Guid.NewGuid(), department, party ?? Guid.NewGuid(), site, trigger, openedOn);

    public StatisticsRecords Build() => new(_visits, _findings, _notices, _reviews, _interviews, _transfers);

    public sealed class CaseRecordBuilder
    {
        private readonly StatisticsRecordsBuilder _owner;

        internal CaseRecordBuilder(StatisticsRecordsBuilder owner, Guid id, DepartmentCode department, Guid party, string site, Trigger trigger, DateOnly openedOn)
        {
            _owner = owner;
            Id = id;
            Department = department;
            Party = party;
            Site = site;
            Trigger = trigger;
            OpenedOn = openedOn;
            owner._visits.Add(new VisitRecord(id, department, party, site, trigger, InspectionKind.Initial, openedOn));
        }

        public Guid Id { get; }

        public DepartmentCode Department { get; }

        public Guid Party { get; }

        public string Site { get; }

        public Trigger Trigger { get; }

        public DateOnly OpenedOn { get; }

        public CaseRecordBuilder Findings(int count)
        {
            for (var i = 0; i < count; i++)
            {
                _owner._findings.Add(new FindingRecord(Id, Department, OpenedOn));
            }

            return this;
        }

        public CaseRecordBuilder Notice(DateOnly issuedOn)
        {
            _owner._notices.Add(new NoticeRecord(Id, Department, issuedOn));
            return this;
        }

        public CaseRecordBuilder Review(DateOnly on, ReviewOutcome outcome)
        {
            _owner._visits.Add(new VisitRecord(Id, Department, Party, Site, Trigger, InspectionKind.Review, on));
            _owner._reviews.Add(new ReviewRecord(Id, outcome, on));
            return this;
        }

        public CaseRecordBuilder Interview(DateOnly on)
        {
            _owner._interviews.Add(new InterviewRecord(Id, Department, on));
            return this;
        }

        public CaseRecordBuilder Transfer(DateOnly? on, DateOnly? disposalOn = null, FilingDecision? filing = null, DateOnly? filedOn = null)
        {
            _owner._transfers.Add(new TransferRecord(Id, Department, on, filing ?? (disposalOn is null ? null : FilingDecision.Filed), filedOn ?? (disposalOn is null ? null : on), disposalOn));
            return this;
        }
    }
}
