using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Infrastructure.Complaints;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Numbering;
using EnforcementPortal.Infrastructure.Persistence;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>
/// The demo enterprise's complaint: a named 公众网上投诉 about 伊犁天山房地产经纪有限公司 (the demo enterprise account,
/// <see cref="EnterpriseDemo.AccountPartyIndex"/>), routed to 房产科, accepted and notified to the enterprise by its
/// 统一社会信用代码 yesterday, so the enterprise's sign-in shows it awaiting its 情况说明 (3 working days). Written
/// through the complaint's own step methods, on working days of the 调休 calendar; the complainant encrypted as on the
/// real intake.
/// </summary>
internal sealed class EnterpriseComplaintDemoData(
    AppDbContext db,
    SequenceAllocator numbers,
    WorkingDayCalendar calendar,
    ComplainantProtection protection,
    DateTime now,
    IReadOnlyList<AppUser> staff)
{
    public async Task WriteAsync(IReadOnlyList<ResponsibleParty> parties, CancellationToken cancellationToken)
    {
        var party = parties[EnterpriseDemo.AccountPartyIndex];
        var received = Back(2).ToDateTime(new TimeOnly(9, 20));
        var sequence = await numbers.NextComplaintSequenceAsync(received.Year, cancellationToken);
        var receipt = $"TS{received.Year}-{sequence:00000}";
        var intake = new ComplaintIntake(
            ComplaintChannel.OnlinePublic,
            BusinessLine.Brokerage,
            party.Name,
            "伊宁市新华东路天山大厦一层门店",
            "在该公司门店委托出售住房，签订独家委托后门店又要求另付“急售服务费”3000元，不付就不带人看房。",
            await protection.ProtectAsync("热依拉·买买提", "13899456721", cancellationToken));
        var complaint = Complaint.Receive(Guid.NewGuid(), received.Year, sequence, intake, await protection.HashQueryCodeAsync(receipt, ComplainantProtection.NewQueryCode(), cancellationToken), Complaint.PublicComplainant, received);
        var officer = Person("fc.officer1");
        complaint.Route(DepartmentCode.Housing, ComplaintRouting.DepartmentFor(BusinessLine.Brokerage, []), null, Person("dispatcher"), Back(2).ToDateTime(new TimeOnly(11, 0)));
        complaint.Accept(officer, Person("fc.chief"), Back(1).ToDateTime(new TimeOnly(10, 0)), calendar);
        complaint.NotifyEnterprise(Back(1), officer, Back(1).ToDateTime(new TimeOnly(15, 30)), calendar, party.Id, "群众反映贵公司门店在独家委托之外另行收取“急售服务费”。请说明是否收取该项费用、收费依据及是否已明码标价，并附委托合同和收费公示的照片。");
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(cancellationToken);
    }

    private Actor Person(string userName)
    {
        var user = staff.Single(u => u.UserName == userName);
        return new Actor(user.Id, user.FullName);
    }

    /// <summary>The working day <paramref name="workingDays"/> working days before today.</summary>
    private DateOnly Back(int workingDays)
    {
        var day = DateOnly.FromDateTime(now);
        var counted = 0;
        while (counted < workingDays || !calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }
}
