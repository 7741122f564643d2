using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>A demo login.</summary>
public sealed record DemoUser(string UserName, string FullName, string Role, DepartmentCode? Department, Certificate? Certificate);

/// <summary>The demo staff and enterprises of 伊宁市 (realistic, not real).</summary>
public static class DemoPeople
{
    /// <summary>The one password all demo logins share. Printed at start and in the README.</summary>
    public const string Password = "Demo@2026";

    private const string Issuer = "新疆维吾尔自治区人民政府";

    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("admin", "系统管理员", StaffRoles.Administrator, null, null),
        new("leader", "马建军", StaffRoles.BureauLeader, null, null),
        new("legal", "李慧敏", StaffRoles.LegalReviewer, null, Valid("0101")),
        new("dispatcher", "古丽娜·沙比提", StaffRoles.ComplaintDispatcher, null, null),
        new("cg.liaison", "努尔兰·哈力克", StaffRoles.ReceivingBureau, null, null),

        new("fc.chief", "王振华", StaffRoles.SectionChief, DepartmentCode.Housing, Valid("1001")),
        new("fc.officer1", "艾力·买买提", StaffRoles.Officer, DepartmentCode.Housing, Valid("1002")),
        new("fc.officer2", "张丽", StaffRoles.Officer, DepartmentCode.Housing, Valid("1003")),
        new("fc.officer3", "陈刚", StaffRoles.Officer, DepartmentCode.Housing, Expired("1004")),

        new("jg.chief", "刘志强", StaffRoles.SectionChief, DepartmentCode.ConstructionManagement, Valid("2001")),
        new("jg.officer1", "阿依古丽·吐尔逊", StaffRoles.Officer, DepartmentCode.ConstructionManagement, Valid("2002")),
        new("jg.officer2", "赵磊", StaffRoles.Officer, DepartmentCode.ConstructionManagement, Valid("2003")),

        new("rf.chief", "孙海涛", StaffRoles.SectionChief, DepartmentCode.CivilAirDefense, Valid("3001")),
        new("rf.officer1", "迪力夏提·艾则孜", StaffRoles.Officer, DepartmentCode.CivilAirDefense, Valid("3002")),
        new("rf.officer2", "周静", StaffRoles.Officer, DepartmentCode.CivilAirDefense, Valid("3003")),

        new("aj.chief", "杨建新", StaffRoles.SectionChief, DepartmentCode.Safety, Valid("4001")),
        new("aj.officer1", "古丽米拉·阿不都", StaffRoles.Officer, DepartmentCode.Safety, Valid("4002")),
        new("aj.officer2", "吴斌", StaffRoles.Officer, DepartmentCode.Safety, Valid("4003")),

        new("zj.chief", "何文博", StaffRoles.SectionChief, DepartmentCode.Quality, Valid("5001")),
        new("zj.officer1", "买合木提·热合曼", StaffRoles.Officer, DepartmentCode.Quality, Valid("5002")),
        new("zj.officer2", "郑晓燕", StaffRoles.Officer, DepartmentCode.Quality, Valid("5003")),
    ];

    /// <summary>Enterprises of 伊宁市 with the kind of business each department inspects.</summary>
    public static IReadOnlyList<(string Name, PartyKind Kind, string LegalRepresentative, string Contact, string Phone, string Address)> Parties { get; } =
    [
        ("伊宁市恒基房地产开发有限公司", PartyKind.Developer, "周宏伟", "马燕", "0999-8123456", "伊宁市解放西路188号"),
        ("伊犁天山房地产经纪有限公司", PartyKind.Brokerage, "努尔兰·哈力克", "王静", "0999-8231177", "伊宁市新华东路56号"),
        ("伊宁市安家置业房产经纪有限公司", PartyKind.Brokerage, "刘春燕", "刘春燕", "13899612345", "伊宁市斯大林街一巷12号"),
        ("伊犁诚信房地产土地评估有限责任公司", PartyKind.Appraiser, "郭建平", "田甜", "0999-8056321", "伊宁市飞机场路9号"),
        ("伊宁市金源置业有限公司", PartyKind.Developer, "张国庆", "韩雪", "0999-8351888", "伊宁市上海路66号"),
        ("新疆伊犁建工集团有限责任公司", PartyKind.Contractor, "吐尔洪·艾买提", "李强", "0999-8022345", "伊宁市阿合买提江路268号"),
        ("伊宁市城建开发投资有限公司", PartyKind.ConstructionOwner, "徐立新", "贾明", "0999-8036677", "伊宁市天津路2号"),
        ("伊犁华宇建设工程有限公司", PartyKind.Contractor, "孟凡东", "孟凡东", "13909998765", "伊宁市经济合作区福州路18号"),
        ("伊宁市正泰工程监理有限公司", PartyKind.Supervisor, "杜文涛", "黄丽", "0999-8101234", "伊宁市广州街35号"),
        ("伊犁锦绣物业服务有限公司", PartyKind.PropertyManager, "阿布都热依木·买买提", "赵芳", "0999-8337766", "伊宁市北京路101号"),
        ("伊犁河谷建筑安装工程有限公司", PartyKind.Contractor, "宋志刚", "宋志刚", "13779990011", "伊宁市英也尔乡工业园区8号"),
        ("伊宁市第八中学", PartyKind.ConstructionOwner, "帕提古丽·买买提", "刘洋", "0999-8025566", "伊宁市斯大林街3巷21号"),
    ];

    /// <summary>Deterministic, valid 统一社会信用代码 for the demo enterprises (伊宁市 area code 654002).</summary>
    public static UnifiedSocialCreditCode CreditCodeFor(int index)
    {
        var random = new Random(6540020 + index);
        const string orgAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        Span<char> org = stackalloc char[8];
        org[0] = 'M';
        for (var i = 1; i < 8; i++)
        {
            org[i] = orgAlphabet[random.Next(i < 3 ? 10 : orgAlphabet.Length)];
        }

        var organisationCheck = UnifiedSocialCreditCode.ComputeOrganizationCodeCheck(org);
        var first17 = $"91654002{org}{organisationCheck}";
        if (first17.Length != 17)
        {
            throw new InvalidOperationException("Unexpected code length.");
        }

        return UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17));
    }

    private static Certificate Valid(string serial) => new($"6540022024{serial}", Issuer, new DateOnly(2024, 3, 1), new DateOnly(2029, 2, 28));

    private static Certificate Expired(string serial) => new($"6540022020{serial}", Issuer, new DateOnly(2020, 5, 1), new DateOnly(2025, 4, 30));
}
