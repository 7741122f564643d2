namespace EnforcementPortal.Domain.Staff;

/// <summary>
/// An officer taking part in a step (inspection, service of documents, interview), with the certificate they held,
/// as recorded at the time: the record must not change when the officer's certificate is renewed later. The status is
/// the certificate's on the day (a record written before statuses existed reads as 有效).
/// </summary>
public sealed record OfficerOnDuty(Guid UserId, string Name, string? CertificateNumber, DateOnly? CertificateValidFrom, DateOnly? CertificateValidTo, CertificateStatus CertificateStatus = CertificateStatus.Valid)
{
    public static OfficerOnDuty From(Guid userId, string name, Certificate? certificate) =>
        new(userId, name, certificate?.Number, certificate?.ValidFrom, certificate?.ValidTo, certificate?.Status ?? CertificateStatus.Valid);

    public bool HasValidCertificateOn(DateOnly day) =>
        CertificateNumber is not null && CertificateStatus == CertificateStatus.Valid && CertificateValidFrom <= day && day <= CertificateValidTo;
}

/// <summary>
/// 两名以上持有效执法证的执法人员: the rule of seeds 001 (五) and 002 that every inspection, service of documents and
/// interview is done by at least two certified officers.
/// </summary>
public static class TwoCertifiedOfficersRule
{
    public const int MinimumOfficers = 2;

    public const string Description = "须有两名以上持有效执法证的执法人员在场";

    /// <summary>Returns the Chinese reasons the officers do not satisfy the rule on <paramref name="day"/>; empty when they do.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyCollection<OfficerOnDuty> officers, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(officers);
        var problems = new List<string>();
        var distinct = officers.DistinctBy(o => o.UserId).ToList();
        foreach (var officer in distinct.Where(o => !o.HasValidCertificateOn(day)))
        {
            problems.Add(officer switch
            {
                { CertificateNumber: null } => $"{officer.Name}未持有执法证，不能参与执法。",
                { CertificateStatus: not CertificateStatus.Valid } => $"{officer.Name}的执法证（{officer.CertificateNumber}）已{CertificateStatuses.Label(officer.CertificateStatus)}，不能参与执法。",
                _ => $"{officer.Name}的执法证（{officer.CertificateNumber}）在{day:yyyy年M月d日}不在有效期内，不能参与执法。",
            });
        }

        var certified = distinct.Count(o => o.HasValidCertificateOn(day));
        if (certified < MinimumOfficers)
        {
            problems.Add($"执法人员不得少于两人，且均须持有效执法证（当前有效执法人员 {certified} 人）。");
        }

        return problems;
    }
}
