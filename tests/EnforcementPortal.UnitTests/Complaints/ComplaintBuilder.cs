using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;

namespace EnforcementPortal.UnitTests.Complaints;

internal static class ComplaintBuilder
{
    public static readonly Actor Dispatcher = new(Guid.NewGuid(), "王分派");
    public static readonly Actor Officer = new(Guid.NewGuid(), "李经办");
    public static readonly Actor Chief = new(Guid.NewGuid(), "赵科长");
    public static readonly DateTime Filed = new(2026, 3, 2, 9, 0, 0);

    public static Complaint Received(
        BusinessLine line = BusinessLine.Brokerage,
        string party = "伊宁市安居房产经纪有限公司",
        string address = "伊宁市解放路 88 号",
        DateTime? at = null,
        string? phoneHash = null) =>
        Complaint.Receive(
            Guid.NewGuid(),
            2026,
            1,
            new ComplaintIntake(ComplaintChannel.OnlinePublic, line, party, address, "收取看房费后不退。", phoneHash is null ? ProtectedComplainant.Anonymous : new ProtectedComplainant("cipher-name", "cipher-phone", phoneHash)),
            "code-hash",
            Complaint.PublicComplainant,
            at ?? Filed);

    public static Complaint Accepted()
    {
        var complaint = Received();
        complaint.Route(Domain.Departments.DepartmentCode.Housing, Domain.Departments.DepartmentCode.Housing, null, Dispatcher, Filed.AddHours(1));
        complaint.Accept(Officer, Chief, Filed.AddHours(2), Calendar.OfficialCalendar.Instance);
        return complaint;
    }
}
