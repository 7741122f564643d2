using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Complaints;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Numbering;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>
/// Demo complaints (投诉举报) from every channel, left in every state — received, routed, accepted, handling, answered
/// awaiting a 协查 answer, returned, refused, closed with a return visit, one that became an enforcement case, one
/// anonymous, one overdue and urged, one major case — walked through the complaint's own step methods on working days
/// of the 调休 calendar, as the dispatcher and the departments would. The complainants' names and phones are encrypted as
/// on the real intake.
/// </summary>
internal sealed class DemoComplaints(
    AppDbContext db,
    SequenceAllocator numbers,
    WorkingDayCalendar calendar,
    ComplainantProtection protection,
    DateTime now,
    IReadOnlyList<AppUser> staff)
{
    /// <summary>The query code of the closed demo complaint, so the public progress page can be shown.</summary>
    public const string DemoQueryCode = "YNJS2026AB";

    private Actor Dispatcher => Person("dispatcher");

    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        // 公众网上投诉, named: answered (no violation), closed and visited.
        var closed = await ReceiveAsync(ComplaintChannel.OnlinePublic, BusinessLine.Brokerage, "伊宁市安居乐房产经纪有限公司", "伊宁市新华西路88号", "在该中介看房时被收取看房费200元，交易未成后拒不退还。", "马丽娜", "13909991234", null, 25, cancellationToken, DemoQueryCode);
        Route(closed, DepartmentCode.Housing, 24);
        Accept(closed, "fc.officer1", "fc.officer1", 23);
        closed.NotifyEnterprise(Day(22), Person("fc.officer1"), At(22, 11), calendar);
        closed.RecordEnterpriseReply(Day(20), "经核实，看房费已于本周全额退还投诉人，并已停止收取看房费。", Person("fc.officer1"), At(20, 15));
        closed.RecordOpinion(ComplaintOutcome.NoViolation, "经调查核实，该公司已全额退还看房费并承诺不再收取，未发现其他违法违规行为。", null, Person("fc.officer1"), At(18, 16), calendar);
        closed.Close(Person("fc.officer1"), At(17, 10));
        closed.RecordVisit(VisitSatisfaction.Satisfied, "投诉人表示款项已收到，对处理结果满意。", Dispatcher, At(12, 15));

        // 便民热线, anonymous: waiting for the dispatcher.
        await ReceiveAsync(ComplaintChannel.Hotline, BusinessLine.Development, "伊宁市锦华房地产开发有限公司", "伊宁市斯大林西路锦华苑", "来电反映锦华苑项目延期交房已超过半年，开发商未作任何说明。", null, null, "12345热线工单 2026110389", 1, cancellationToken);

        // 舆情监测: routed to 安监站, waiting for acceptance.
        var routed = await ReceiveAsync(ComplaintChannel.PublicOpinion, BusinessLine.ConstructionSafety, "伊宁市城东片区棚改安置房项目", "伊宁市阿合买提江街东延段", "网络视频反映该工地夜间高处作业未系安全带、无安全防护网。", null, null, "舆情专报 2026 第 41 期", 3, cancellationToken);
        Route(routed, DepartmentCode.Safety, 2);

        // 部门自查发现: accepted by 质监站.
        var accepted = await ReceiveAsync(ComplaintChannel.DepartmentFinding, BusinessLine.EngineeringQuality, "伊宁市第二十三中学教学楼项目", "伊宁市飞机场路", "日常巡查发现三层楼板混凝土出现贯穿裂缝，需查明原因。", null, null, null, 5, cancellationToken, by: "zj.officer1");
        Route(accepted, DepartmentCode.Quality, 5);
        Accept(accepted, "zj.officer1", "zj.chief", 4);

        // 上级转办/督办: 建管科 handling, the enterprise asked to reply; a major case (领导批示, 涉及多个部门).
        var major = await ReceiveAsync(ComplaintChannel.Superior, BusinessLine.ConstructionMarket, "伊宁市鑫盛建筑工程有限公司", "伊宁市北京路丽景花园三期", "州住建局转办：该公司在丽景花园三期项目拖欠农民工工资，且存在违法分包，多名工人聚集反映。", null, null, "伊州建转〔2026〕12号", 7, cancellationToken);
        Route(major, DepartmentCode.ConstructionManagement, 7);
        Accept(major, "jg.officer1", "jg.chief", 6);
        major.FlagMajor(MajorCaseReasons.LeaderInstruction | MajorCaseReasons.MultipleDepartments | MajorCaseReasons.MassComplaint, DepartmentCode.ConstructionManagement, [DepartmentCode.Safety, DepartmentCode.Quality], Person("leader"), At(6, 15));
        major.NotifyEnterprise(Day(5), Person("jg.officer1"), At(5, 11), calendar);

        // 区县: answered as an assist request to 市场监督管理局, its answer awaited (10 working days).
        var assist = await ReceiveAsync(ComplaintChannel.District, BusinessLine.Transaction, "伊宁市恒信房产服务部", "伊宁市解放路街道二巷17号", "街道办转来：该服务部无营业执照从事二手房居间，收取定金后失联。", "阿不都拉·吐尔逊", "13579921234", "解放路街道办转办单 第 2026-087 号", 9, cancellationToken);
        Route(assist, DepartmentCode.Housing, 9);
        Accept(assist, "fc.officer2", "fc.chief", 8);
        assist.RecordOpinion(ComplaintOutcome.AssistRequest, "经初步核查，该服务部未办理营业执照，需市场监管部门协查其主体资格和经营情况后再作处理。", "伊宁市市场监督管理局", Person("fc.officer2"), At(4, 16), calendar);

        // 便民热线 routed to 房产科 by mistake (人防工程): returned to the dispatcher with the chief's approval.
        var returned = await ReceiveAsync(ComplaintChannel.Hotline, BusinessLine.CivilAirDefence, "伊宁市汇金广场地下车库", "伊宁市新华东路汇金广场", "来电反映汇金广场地下人防车库被改作仓库出租，平时无法进入检查。", "赵建国", "18999012345", "12345热线工单 2026110102", 11, cancellationToken);
        returned.Route(DepartmentCode.Housing, ComplaintRouting.DepartmentFor(BusinessLine.CivilAirDefence, []), "来电人称系物业收费问题，先由房产科核实。", Dispatcher, At(11, 14));
        returned.RequestReturn("经核实，反映的是人防工程平时使用问题，不属房产科职责，请改派人防。", Person("fc.officer2"), At(10, 10));
        returned.ApprovePendingRequest(Person("fc.chief"), At(10, 15));

        // 公众网上投诉: refused (无效投诉) with the chief's approval; the reason is shown to the complainant.
        var refused = await ReceiveAsync(ComplaintChannel.OnlinePublic, BusinessLine.Brokerage, "伊宁市某中介门店", "伊宁市", "中介都是骗子，要求全部关停。", "刘洋", "13699011234", null, 14, cancellationToken);
        Route(refused, DepartmentCode.Housing, 13);
        refused.RequestRefusal("投诉未指明具体企业、地址和事实，无法核查；请补充具体情况后重新投诉。", Person("fc.officer1"), At(12, 10));
        refused.ApprovePendingRequest(Person("fc.chief"), At(12, 16));

        // 便民热线: accepted 15 working days ago and not answered: overdue, urged, the handler's reason recorded.
        var overdue = await ReceiveAsync(ComplaintChannel.Hotline, BusinessLine.Appraisal, "伊宁市正衡房地产评估有限公司", "伊宁市红旗路19号", "来电反映该评估公司出具的评估报告价格明显偏高，疑似配合虚增贷款。", "周敏", "15599031234", "12345热线工单 2026102277", 17, cancellationToken);
        Route(overdue, DepartmentCode.Housing, 17);
        Accept(overdue, "fc.officer2", "fc.chief", 16);
        overdue.Urge("已超过处理意见期限，请尽快提出处理意见。", Dispatcher, At(3, 10));
        overdue.RecordDelayReason("评估报告涉及银行贷款资料，已函请银行提供，尚未回复。", Person("fc.officer2"), At(2, 11));

        await BecameACaseAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A violation found on a complaint: the enforcement case (trigger 投诉举报) of the demo stories is linked to it.</summary>
    private async Task BecameACaseAsync(CancellationToken cancellationToken)
    {
        var enforcementCase = await db.Cases.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Department == DepartmentCode.Housing && c.Trigger == Trigger.Complaint)
            .OrderBy(c => c.OpenedOn)
            .Select(c => new { c.Id, c.Number, c.SiteName, c.SiteAddress, c.OpenedOn, c.CreatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (enforcementCase is null)
        {
            return;
        }

        var opened = enforcementCase.OpenedOn;
        var received = Back(opened, 6);
        var complaint = await ReceiveOnAsync(ComplaintChannel.Hotline, BusinessLine.Development, enforcementCase.SiteName, enforcementCase.SiteAddress, "来电反映该售楼处在未取得预售许可证的情况下收取购房意向金。", "王建新", "13899921234", "12345热线工单", received.ToDateTime(new TimeOnly(9, 40)), cancellationToken);
        complaint.Route(DepartmentCode.Housing, DepartmentCode.Housing, null, Dispatcher, Back(opened, 5).ToDateTime(new TimeOnly(11, 0)));
        complaint.Accept(Person("fc.officer1"), Person("fc.chief"), Back(opened, 4).ToDateTime(new TimeOnly(10, 0)), calendar);
        complaint.RecordOpinion(ComplaintOutcome.Violation, "经调查，该售楼处存在未取得预售许可即收取意向金的违法违规行为，责令整改并依法立案查处。", null, Person("fc.officer1"), Back(opened, 1).ToDateTime(new TimeOnly(16, 0)), calendar);
        complaint.LinkCase(enforcementCase.Id, enforcementCase.Number, Person("fc.officer1"), enforcementCase.CreatedAt);
        complaint.Close(Person("fc.officer1"), enforcementCase.CreatedAt.AddHours(1));
    }

    private Task<Complaint> ReceiveAsync(ComplaintChannel channel, BusinessLine line, string party, string address, string description, string? name, string? phone, string? reference, int workingDaysAgo, CancellationToken cancellationToken, string? queryCode = null, string? by = null) =>
        ReceiveOnAsync(channel, line, party, address, description, name, phone, reference, At(workingDaysAgo, 9), cancellationToken, queryCode, by);

    private async Task<Complaint> ReceiveOnAsync(ComplaintChannel channel, BusinessLine line, string party, string address, string description, string? name, string? phone, string? reference, DateTime at, CancellationToken cancellationToken, string? queryCode = null, string? by = null)
    {
        var sequence = await numbers.NextComplaintSequenceAsync(at.Year, cancellationToken);
        var receipt = $"TS{at.Year}-{sequence:00000}";
        var code = queryCode ?? ComplainantProtection.NewQueryCode();
        var actor = channel == ComplaintChannel.OnlinePublic ? Complaint.PublicComplainant : Person(by ?? "dispatcher");
        var intake = new ComplaintIntake(channel, line, party, address, description, await protection.ProtectAsync(name, phone, cancellationToken), reference);
        var complaint = Complaint.Receive(Guid.NewGuid(), at.Year, sequence, intake, await protection.HashQueryCodeAsync(receipt, code, cancellationToken), actor, at);
        db.Complaints.Add(complaint);
        return complaint;
    }

    private void Route(Complaint complaint, DepartmentCode department, int workingDaysAgo) =>
        complaint.Route(department, ComplaintRouting.DepartmentFor(complaint.Line, []), null, Dispatcher, At(workingDaysAgo, 11));

    private void Accept(Complaint complaint, string handler, string by, int workingDaysAgo) =>
        complaint.Accept(Person(handler), Person(by), At(workingDaysAgo, 10), calendar);

    private Actor Person(string userName)
    {
        var user = staff.Single(u => u.UserName == userName);
        return new Actor(user.Id, user.FullName);
    }

    /// <summary>The working day <paramref name="workingDays"/> working days before today (0: today).</summary>
    private DateOnly Day(int workingDays) => Back(DateOnly.FromDateTime(now), workingDays);

    private DateTime At(int workingDays, int hour) => Day(workingDays).ToDateTime(new TimeOnly(hour, 30));

    private DateOnly Back(DateOnly from, int workingDays)
    {
        var day = from;
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
