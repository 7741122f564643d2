using System.Security.Cryptography;
using System.Text;
using EnforcementPortal.Domain.Common;

namespace EnforcementPortal.Domain.Enterprises;

/// <summary>
/// 企业网上办理邀请码: printed (with a QR code) on the first 整改通知书 served to a party that has no enterprise account
/// yet. The enterprise sets its password with it once (激活); the code itself is never stored, only its SHA-256. It
/// expires after a configurable number of days and is void after <see cref="MaxFailedAttempts"/> wrong entries.
/// </summary>
public sealed class EnterpriseInvitation
{
    public const int HashLength = 64;

    /// <summary>Wrong codes entered for the party's credit code before its pending invitation is void.</summary>
    public const int MaxFailedAttempts = 5;

    public const string RefusedMessage = "统一社会信用代码或邀请码不正确，或邀请码已过期、已使用。请核对整改通知书上的邀请码，或联系承办科室重新出具。";

    private EnterpriseInvitation()
    {
        CodeHash = string.Empty;
    }

    private EnterpriseInvitation(Guid id, Guid partyId, Guid caseId, string codeHash, DateTime issuedAt, DateTime expiresAt)
    {
        Id = id;
        PartyId = partyId;
        CaseId = caseId;
        CodeHash = codeHash;
        IssuedAt = issuedAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public Guid PartyId { get; private set; }

    /// <summary>The case whose notice carries the code.</summary>
    public Guid CaseId { get; private set; }

    /// <summary>SHA-256 (hex) of the normalised code.</summary>
    public string CodeHash { get; private set; }

    public DateTime IssuedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public DateTime? UsedAt { get; private set; }

    public Guid? UsedByUserId { get; private set; }

    public int FailedAttempts { get; private set; }

    public int Version { get; private set; }

    public bool IsUsed => UsedAt is not null;

    public bool IsVoid => FailedAttempts >= MaxFailedAttempts;

    /// <summary>Whether the code may still be used at <paramref name="at"/>.</summary>
    public bool IsUsableAt(DateTime at) => !IsUsed && !IsVoid && at < ExpiresAt;

    /// <summary>Issues an invitation valid for <paramref name="validDays"/> days from <paramref name="at"/>; returns it with the plain code to print.</summary>
    public static (EnterpriseInvitation Invitation, string Code) Issue(Guid partyId, Guid caseId, DateTime at, int validDays)
    {
        if (validDays is < 1 or > 365)
        {
            throw new ArgumentOutOfRangeException(nameof(validDays), "An invitation is valid for 1 to 365 days.");
        }

        var code = InvitationCodes.NewCode();
        return (new EnterpriseInvitation(Guid.NewGuid(), partyId, caseId, InvitationCodes.Hash(code), at, at.AddDays(validDays)), code);
    }

    /// <summary>激活: uses the code once. Refuses a used, void or expired code with the one Chinese answer.</summary>
    public void Redeem(string code, Guid userId, DateTime at)
    {
        if (!Matches(code) || !IsUsableAt(at))
        {
            throw new DomainException(RefusedMessage);
        }

        UsedAt = at;
        UsedByUserId = userId;
        Version++;
    }

    /// <summary>Whether <paramref name="code"/> is this invitation's code (compared by hash, in constant time).</summary>
    public bool Matches(string? code)
    {
        var normalized = InvitationCodes.Normalize(code);
        return normalized is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(InvitationCodes.Hash(normalized)), Encoding.ASCII.GetBytes(CodeHash));
    }

    /// <summary>A wrong code was entered with this party's credit code.</summary>
    public void RecordFailedAttempt()
    {
        FailedAttempts++;
        Version++;
    }
}

/// <summary>The invitation codes: 12 characters of an alphabet without look-alikes (no 0/O, 1/I/L), printed XXXX-XXXX-XXXX.</summary>
public static class InvitationCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 12;

    public static string NewCode()
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>Upper case, without spaces and dashes; null when it cannot be a code.</summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var cleaned = new string([.. code.Where(c => c is not (' ' or '-' or '－')).Select(char.ToUpperInvariant)]);
        return cleaned.Length == Length && cleaned.All(Alphabet.Contains) ? cleaned : null;
    }

    public static string Hash(string code)
    {
        var normalized = Normalize(code) ?? code;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    /// <summary>As printed: XXXX-XXXX-XXXX.</summary>
    public static string Format(string code)
    {
        var normalized = Normalize(code) ?? throw new ArgumentException("Not an invitation code.", nameof(code));
        return $"{normalized[..4]}-{normalized[4..8]}-{normalized[8..]}";
    }
}

/// <summary>The role of an enterprise's own account (企业用户). Not a staff role: no bureau-wide policy names it.</summary>
public static class EnterpriseRole
{
    public const string Name = "Enterprise";

    public const string DisplayName = "企业用户";

    /// <summary>The user claim binding an enterprise account to its party (the party's id).</summary>
    public const string PartyClaimType = "ep:party";
}
