namespace EnforcementPortal.Domain.Departments;

/// <summary>The five enforcement departments of 伊宁市住建局 (《伊宁市住建局 执法流程与办事指南》).</summary>
public enum DepartmentCode
{
    /// <summary>房产科（房地产市场监管科）.</summary>
    Housing = 1,

    /// <summary>建管科.</summary>
    ConstructionManagement = 2,

    /// <summary>人防（人防工程执法）.</summary>
    CivilAirDefense = 3,

    /// <summary>安监站（建设工程安全监督站）.</summary>
    Safety = 4,

    /// <summary>质监站（建筑工程质量监督站）.</summary>
    Quality = 5,
}
