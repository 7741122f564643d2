using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Inspections;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Persistence;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>
/// Demo 年度检查计划 (one per department for the demo year, approved by its chief on the first working day of the year),
/// the checklists of 安监站, 质监站 and 房产科, and a few inspection visits in various states — all through the domain's
/// own methods. Legal bases quote the articles word for word (法律法规 as published); JGJ 59 is cited by its categories.
/// </summary>
internal sealed class InspectionDemoData(AppDbContext db, IReadOnlyList<AppUser> staff, IReadOnlyList<ResponsibleParty> parties, WorkingDayCalendar calendar, DateTime now)
{
    private const string SafetyRegulation = "《建设工程安全生产管理条例》";
    private const string QualityRegulation = "《建设工程质量管理条例》";
    private const string Jgj59 = "《建筑施工安全检查标准》JGJ 59-2011";

    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        var year = now.Year;
        var approvedOn = FirstWorkingDayFrom(new DateOnly(year, 1, 4)).ToDateTime(new TimeOnly(10, 0));
        var plans = new Dictionary<DepartmentCode, InspectionPlan>();
        foreach (var (department, tasks) in PlanTasks)
        {
            var plan = InspectionPlan.Draft(Guid.NewGuid(), department, year, tasks, Officer(department), approvedOn.AddHours(-1));
            plan.Approve(Chief(department), approvedOn);
            plans[department] = plan;
            db.InspectionPlans.Add(plan);
        }

        var checklists = Checklists(new DateOnly(year, 1, 1)).ToDictionary(c => c.Department);
        db.InspectionChecklists.AddRange(checklists.Values);

        var today = DateOnly.FromDateTime(now);
        var quarter = PlanMembership.QuarterOf(today);
        Guid TaskOf(DepartmentCode d) => plans[d].Tasks.First(t => t.Quarter == quarter).Id;
        var tomorrow = FirstWorkingDayFrom(today.AddDays(1));

        // 安监站: a scheme waiting for the chief, and one approved for the next working day.
        var drafted = InspectionVisit.Plan(Guid.NewGuid(), DepartmentCode.Safety, Scheme(TaskOf(DepartmentCode.Safety), PartyOf(PartyKind.Contractor, 0), "城北安置小区5#楼", "伊宁市天津路北延段", tomorrow, "冬季施工安全：脚手架、临时用电、塔式起重机", checklists[DepartmentCode.Safety].Id), Officer(DepartmentCode.Safety), now.AddHours(-2));
        var approved = InspectionVisit.Plan(Guid.NewGuid(), DepartmentCode.Safety, Scheme(TaskOf(DepartmentCode.Safety), PartyOf(PartyKind.Contractor, 1), "伊宁市第八中学教学楼扩建工程", "伊宁市斯大林街3巷21号", tomorrow, "基坑工程与模板支架专项检查", checklists[DepartmentCode.Safety].Id), Officer(DepartmentCode.Safety), now.AddHours(-3));
        approved.ApproveScheme(Chief(DepartmentCode.Safety), now.AddHours(-1));

        // 质监站: an emergency inspection still waiting for its approval (on the overdue list).
        var emergency = InspectionVisit.StartEmergency(Guid.NewGuid(), DepartmentCode.Quality, Scheme(null, PartyOf(PartyKind.Contractor, 2), "伊宁市经济合作区标准厂房3#", "伊宁市经济合作区福州路18号", today, "楼板裂缝情况及混凝土试块检测资料", checklists[DepartmentCode.Quality].Id, Trigger.DataMonitoring), "监测数据显示3#厂房楼板出现贯穿裂缝，存在结构安全隐患，须立即检查", Officer(DepartmentCode.Quality), now.AddHours(-1));

        // 房产科: a scheme approved and the 行政检查通知书 given today; the record is still to be written.
        var noticed = InspectionVisit.Plan(Guid.NewGuid(), DepartmentCode.Housing, Scheme(TaskOf(DepartmentCode.Housing), PartyOf(PartyKind.Brokerage, 0), "天山经纪新华路门店", "伊宁市新华东路56号", today, "房地产经纪机构备案、公示及资金监管情况", checklists[DepartmentCode.Housing].Id), Officer(DepartmentCode.Housing), now.AddHours(-3));
        noticed.ApproveScheme(Chief(DepartmentCode.Housing), now.AddHours(-2));
        noticed.IssueNotice(Officer(DepartmentCode.Housing), now.AddMinutes(-30));

        db.InspectionVisits.AddRange(drafted, approved, emergency, noticed);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly (DepartmentCode Department, PlanTaskDraft[] Tasks)[] PlanTasks =
    [
        (DepartmentCode.Housing,
        [
            new(1, PartyKind.Developer, 4, "商品房预售许可及销售现场公示检查"),
            new(2, PartyKind.Brokerage, 6, "房地产经纪机构备案及门店公示检查"),
            new(3, PartyKind.Appraiser, 2, "房地产估价机构资质及报告检查"),
            new(4, PartyKind.Brokerage, 4, "交易资金监管及经纪服务合同检查"),
        ]),
        (DepartmentCode.ConstructionManagement,
        [
            new(1, PartyKind.ConstructionOwner, 3, "施工许可及建设程序检查"),
            new(2, PartyKind.ConstructionOwner, 4, "施工许可及建设程序检查"),
            new(3, PartyKind.ConstructionOwner, 4, "工程发包及合同备案检查"),
            new(4, PartyKind.ConstructionOwner, 3, "竣工验收备案检查"),
        ]),
        (DepartmentCode.CivilAirDefense,
        [
            new(2, PartyKind.ConstructionOwner, 2, "防空地下室同步建设检查"),
            new(3, PartyKind.ConstructionOwner, 2, "人防工程质量检查"),
            new(4, PartyKind.ConstructionOwner, 2, "人防工程维护管理检查"),
        ]),
        (DepartmentCode.Safety,
        [
            new(1, PartyKind.Contractor, 5, "复工复产安全生产检查"),
            new(2, PartyKind.Contractor, 6, "危险性较大的分部分项工程专项检查"),
            new(3, PartyKind.Contractor, 6, "汛期及高温施工安全检查"),
            new(4, PartyKind.Contractor, 4, "冬季施工安全检查"),
        ]),
        (DepartmentCode.Quality,
        [
            new(1, PartyKind.Contractor, 3, "工程实体质量及检验制度检查"),
            new(2, PartyKind.Supervisor, 2, "监理单位质量行为检查"),
            new(3, PartyKind.Contractor, 4, "主体结构质量检查"),
            new(4, PartyKind.Contractor, 3, "冬期施工质量检查"),
        ]),
    ];

    private static IEnumerable<InspectionChecklist> Checklists(DateOnly from) =>
    [
        InspectionChecklist.Publish(Guid.NewGuid(), DepartmentCode.Safety, 1, "施工现场安全生产检查清单", from,
        [
            new(1, "安全管理", "项目负责人、专职安全生产管理人员经考核合格",
                $"{SafetyRegulation}第三十六条：施工单位的主要负责人、项目负责人、专职安全生产管理人员应当经建设行政主管部门或者其他有关部门考核合格后方可任职。", FindingSeverity.General),
            new(2, "文明施工", "危险部位设置明显的安全警示标志",
                $"{SafetyRegulation}第二十八条：施工单位应当在施工现场入口处、施工起重机械、临时用电设施、脚手架、出入通道口、楼梯口、电梯井口、孔洞口、桥梁口、隧道口、基坑边沿、爆破物及有害危险气体和液体存放处等危险部位，设置明显的安全警示标志。安全警示标志必须符合国家标准。", FindingSeverity.General),
            new(3, "扣件式钢管脚手架", "脚手架搭设、连墙件及验收", $"{Jgj59} 扣件式钢管脚手架检查评分表", FindingSeverity.Serious),
            new(4, "基坑工程", "基坑支护、降排水及监测", $"{Jgj59} 基坑工程检查评分表", FindingSeverity.Serious),
            new(5, "模板支架", "模板支架专项施工方案及搭设", $"{Jgj59} 模板支架检查评分表", FindingSeverity.Serious),
            new(6, "高处作业", "临边、洞口防护", $"{Jgj59} 高处作业检查评分表", FindingSeverity.Serious),
            new(7, "施工用电", "三级配电、两级漏电保护", $"{Jgj59} 施工用电检查评分表", FindingSeverity.Serious),
            new(8, "塔式起重机", "塔式起重机安装验收及安全装置", $"{Jgj59} 塔式起重机检查评分表", FindingSeverity.Serious),
            new(9, "施工机具", "安全防护用具、机械设备进场查验",
                $"{SafetyRegulation}第三十四条：施工单位采购、租赁的安全防护用具、机械设备、施工机具及配件，应当具有生产(制造)许可证、产品合格证，并在进入施工现场前进行查验。", FindingSeverity.General),
        ]),
        InspectionChecklist.Publish(Guid.NewGuid(), DepartmentCode.Quality, 1, "工程质量监督检查清单", from,
        [
            new(1, "质量行为", "施工质量检验制度及隐蔽工程验收记录",
                $"{QualityRegulation}第三十条：施工单位必须建立、健全施工质量的检验制度，严格工序管理，作好隐蔽工程的质量检查和记录。隐蔽工程在隐蔽前，施工单位应当通知建设单位和建设工程质量监督机构。", FindingSeverity.General),
            new(2, "质量行为", "涉及结构安全的试块、试件见证取样送检",
                $"{QualityRegulation}第三十一条：施工人员对涉及结构安全的试块、试件以及有关材料，应当在建设单位或者工程监理单位监督下现场取样，并送具有相应资质等级的质量检测单位进行检测。", FindingSeverity.Serious),
            new(3, "质量行为", "总监理工程师、监理工程师到岗履职",
                $"{QualityRegulation}第三十七条：工程监理单位应当选派具备相应资格的总监理工程师和监理工程师进驻施工现场。", FindingSeverity.General),
            new(4, "实体质量", "主体结构混凝土外观及裂缝", "主体结构实体质量检查", FindingSeverity.Serious),
            new(5, "实体质量", "钢筋规格、间距及保护层", "主体结构实体质量检查", FindingSeverity.Serious),
        ]),
        InspectionChecklist.Publish(Guid.NewGuid(), DepartmentCode.Housing, 1, "房地产市场监管检查清单", from,
        [
            new(1, "商品房销售", "预售项目取得商品房预售许可证明",
                "《城市房地产管理法》第四十五条第一款第（四）项：向县级以上人民政府房产管理部门办理预售登记，取得商品房预售许可证明。", FindingSeverity.Serious),
            new(2, "商品房销售", "销售现场向预购人出示商品房预售许可证明",
                "《城市房地产开发经营管理条例》第二十六条：房地产开发企业预售商品房时，应当向预购人出示商品房预售许可证明。", FindingSeverity.General),
            new(3, "房地产经纪", "经纪机构备案证明及服务收费标准在门店公示", "房地产经纪机构门店公示要求", FindingSeverity.General),
            new(4, "房地产经纪", "交易资金按规定纳入监管账户", "存量房交易资金监管要求", FindingSeverity.Serious),
            new(5, "房地产估价", "估价报告由注册房地产估价师签名", "房地产估价报告签署要求", FindingSeverity.General),
        ]),
    ];

    private static VisitScheme Scheme(Guid? taskId, ResponsibleParty party, string site, string address, DateOnly on, string scope, Guid checklistId, Trigger trigger = Trigger.RoutinePatrol) =>
        new(trigger, taskId, party.Id, party.Name, site, address, on, scope, "两名持证执法人员现场检查，查阅资料、拍照取证", checklistId);

    private ResponsibleParty PartyOf(PartyKind kind, int index)
    {
        var ofKind = parties.Where(p => p.Kind == kind).ToList();
        return ofKind[index % ofKind.Count];
    }

    private Actor Chief(DepartmentCode department) => ActorOf(department, StaffRole.Chief);

    private Actor Officer(DepartmentCode department) => ActorOf(department, StaffRole.Officer);

    private Actor ActorOf(DepartmentCode department, StaffRole role)
    {
        var prefix = DepartmentPrefix(department) + (role == StaffRole.Chief ? ".chief" : ".officer1");
        var user = staff.First(u => u.UserName == prefix);
        return new Actor(user.Id, user.FullName);
    }

    private static string DepartmentPrefix(DepartmentCode department) => department switch
    {
        DepartmentCode.Housing => "fc",
        DepartmentCode.ConstructionManagement => "jg",
        DepartmentCode.CivilAirDefense => "rf",
        DepartmentCode.Safety => "aj",
        _ => "zj",
    };

    private DateOnly FirstWorkingDayFrom(DateOnly day)
    {
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private enum StaffRole
    {
        Chief,
        Officer,
    }
}
