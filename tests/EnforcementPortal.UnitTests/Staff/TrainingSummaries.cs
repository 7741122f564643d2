using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.UnitTests.Staff;

/// <summary>培训记录 (建法〔2025〕40号 (六)) and the yearly summary per department computed from them.</summary>
public class TrainingSummaries
{
    private static readonly DateOnly Today = new(2026, 11, 16);
    private static readonly Actor Admin = new(Guid.NewGuid(), "系统管理员");
    private static readonly Guid Ali = Guid.NewGuid();
    private static readonly Guid Zhang = Guid.NewGuid();
    private static readonly Guid Liu = Guid.NewGuid();

    private static TrainingRecord Record(Guid officer, DepartmentCode department, TrainingKind kind, string day, decimal hours) =>
        TrainingRecord.Record(officer, department, kind, "执法程序", DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), hours, Today, Admin, new DateTime(2026, 11, 16, 10, 0, 0));

    [Fact]
    public void SumsTheYearsHoursByKindAndCountsOfficersWithoutInServiceTraining()
    {
        TrainedOfficer[] officers = [new(Ali, DepartmentCode.Housing), new(Zhang, DepartmentCode.Housing), new(Liu, DepartmentCode.ConstructionManagement)];
        TrainingRecord[] records =
        [
            Record(Ali, DepartmentCode.Housing, TrainingKind.InService, "2026-03-10", 8m),
            Record(Ali, DepartmentCode.Housing, TrainingKind.InService, "2026-09-08", 4.5m),
            Record(Zhang, DepartmentCode.Housing, TrainingKind.PreService, "2026-02-26", 40m),
            Record(Liu, DepartmentCode.ConstructionManagement, TrainingKind.InService, "2025-09-08", 8m), // another year
        ];

        var rows = TrainingSummary.Of(2026, officers, records);

        rows.Count.ShouldBe(2);
        var housing = rows.Single(r => r.Department == DepartmentCode.Housing);
        housing.Officers.ShouldBe(2);
        housing.OfficersTrained.ShouldBe(2);
        housing.OfficersWithoutInService.ShouldBe(1);
        housing.PreServiceHours.ShouldBe(40m);
        housing.InServiceHours.ShouldBe(12.5m);
        housing.HoursPerOfficer.ShouldBe(26.3m);
        var construction = rows.Single(r => r.Department == DepartmentCode.ConstructionManagement);
        construction.TotalHours.ShouldBe(0m);
        construction.OfficersWithoutInService.ShouldBe(1);
    }

    [Theory]
    [InlineData(0, "学时应大于0、不超过200，以0.5学时为单位。")]
    [InlineData(2.3, "学时应大于0、不超过200，以0.5学时为单位。")]
    [InlineData(200.5, "学时应大于0、不超过200，以0.5学时为单位。")]
    public void RefusesHoursOutsideTheRangeOrNotInHalfHours(double hours, string message) =>
        Should.Throw<DomainException>(() => Record(Ali, DepartmentCode.Housing, TrainingKind.InService, "2026-03-10", (decimal)hours)).Message.ShouldBe(message);

    [Fact]
    public void RefusesATrainingDatedAfterToday() =>
        Should.Throw<DomainException>(() => Record(Ali, DepartmentCode.Housing, TrainingKind.InService, "2026-11-17", 2m)).Message.ShouldBe("培训日期不能晚于今天。");
}
