namespace EnforcementPortal.Domain.Departments;

/// <summary>A department of the bureau with its public contact data (editable by an administrator).</summary>
public sealed class Department
{
    public const int NameMaxLength = 64;
    public const int PhoneMaxLength = 32;
    public const int OfficeMaxLength = 128;

    public Department(DepartmentCode code, string name, string shortName, string phone, string office)
    {
        Code = code;
        Name = name;
        ShortName = shortName;
        Phone = phone;
        Office = office;
    }

    public DepartmentCode Code { get; private set; }

    /// <summary>Full name, e.g. 房产科（房地产市场监管科）.</summary>
    public string Name { get; private set; }

    /// <summary>Name used in lists and case numbers, e.g. 房产科.</summary>
    public string ShortName { get; private set; }

    /// <summary>Consultation phone, e.g. 0999-8337018.</summary>
    public string Phone { get; private set; }

    /// <summary>Where complaints are received, e.g. 伊宁市住建局（伊犁河路9号）2楼207办公室.</summary>
    public string Office { get; private set; }

    public void UpdateContact(string phone, string office)
    {
        Phone = phone.Trim();
        Office = office.Trim();
    }
}
