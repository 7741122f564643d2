using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EnforcementPortal.Infrastructure.Audit;

/// <summary>
/// One line of the security audit log (安全审计): when (UTC), who, from which client address, what, on what, and with
/// which outcome. Entries are append-only and hash-chained: each entry's SHA-256 covers its own fields and the previous
/// entry's hash, so an edited, removed or inserted line breaks the chain from that point (<see cref="AuditVerifier"/>).
/// </summary>
public sealed class AuditEntry
{
    public const int UserNameMaxLength = 256;
    public const int ClientAddressMaxLength = 64;
    public const int ActionMaxLength = 64;
    public const int TargetMaxLength = 256;
    public const int OutcomeMaxLength = 32;
    public const int DetailMaxLength = 1000;
    public const int HashLength = 64;

    private AuditEntry()
    {
    }

    public long Sequence { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }

    public string UserName { get; private set; } = string.Empty;

    public string ClientAddress { get; private set; } = string.Empty;

    public string Action { get; private set; } = string.Empty;

    public string Target { get; private set; } = string.Empty;

    public string Outcome { get; private set; } = string.Empty;

    public string Detail { get; private set; } = string.Empty;

    public string PreviousHash { get; private set; } = string.Empty;

    public string Hash { get; private set; } = string.Empty;

    /// <summary>The hash of the (empty) chain before the first entry.</summary>
    public static string GenesisHash => new('0', HashLength);

    public static AuditEntry Create(long sequence, DateTime occurredAtUtc, AuditRecord record, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entry = new AuditEntry
        {
            Sequence = sequence,

            // Whole milliseconds: every provider stores them exactly, so the hash recomputes after a round trip. The value
            // is UTC by this column's definition; its Kind is left unspecified because PostgreSQL's "timestamp without
            // time zone" (how every date-time of the model is stored there) refuses a DateTime of Kind Utc.
            OccurredAtUtc = new DateTime(occurredAtUtc.Ticks - (occurredAtUtc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Unspecified),
            UserName = Clip(record.UserName, UserNameMaxLength),
            ClientAddress = Clip(record.ClientAddress, ClientAddressMaxLength),
            Action = Clip(record.Action, ActionMaxLength),
            Target = Clip(record.Target, TargetMaxLength),
            Outcome = Clip(record.Outcome, OutcomeMaxLength),
            Detail = Clip(record.Detail, DetailMaxLength),
            PreviousHash = previousHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>The SHA-256 of this entry's fields and the previous hash, as lower-case hex.</summary>
    public string ComputeHash()
    {
        var canonical = string.Join(
            '\u001f',
            Sequence.ToString(CultureInfo.InvariantCulture),
            DateTime.SpecifyKind(OccurredAtUtc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            UserName,
            ClientAddress,
            Action,
            Target,
            Outcome,
            Detail,
            PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static string Clip(string? value, int max)
    {
        var text = value ?? string.Empty;
        return text.Length > max ? text[..max] : text;
    }
}

/// <summary>What is to be audited; the log adds the time, the sequence number and the chain.</summary>
public sealed record AuditRecord(string Action, string Outcome, string UserName, string ClientAddress, string Target = "", string Detail = "");

/// <summary>Outcomes as written to the log.</summary>
public static class AuditOutcome
{
    public const string Success = "success";
    public const string Failure = "failure";
    public const string Denied = "denied";
}

/// <summary>The actions the portal audits (stable English keys; the admin page shows them in Chinese).</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string LockedOut = "locked-out";
    public const string SignInThrottled = "sign-in-throttled";
    public const string SignOut = "sign-out";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not-found";
    public const string CaseStep = "case-step";
    public const string CaseOpened = "case-opened";
    public const string DocumentIssued = "document-issued";
    public const string Export = "export";
    public const string UserChanged = "user-changed";
    public const string PasswordReset = "password-reset";
    public const string PasswordChanged = "password-changed";
    public const string TimelineBroken = "timeline-broken";
    public const string FileTampered = "file-tampered";
    public const string StepFailed = "step-failed";
    public const string ComplaintStep = "complaint-step";
    public const string ComplainantRevealed = "complainant-revealed";
    public const string ComplaintThrottled = "complaint-throttled";
    public const string EnterpriseActivated = "enterprise-activated";
    public const string EnterpriseActivationFailed = "enterprise-activation-failed";

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [SignIn] = "登录成功",
        [SignInFailed] = "登录失败",
        [LockedOut] = "账号锁定",
        [SignInThrottled] = "登录限流",
        [SignOut] = "退出登录",
        [PasswordChanged] = "修改密码",
        [Forbidden] = "无权访问",
        [NotFound] = "记录不存在",
        [CaseStep] = "案件办理",
        [CaseOpened] = "新建案件",
        [DocumentIssued] = "出具文书",
        [Export] = "导出",
        [UserChanged] = "用户变更",
        [PasswordReset] = "重置密码",
        [TimelineBroken] = "执法记录校验失败",
        [FileTampered] = "证据文件校验失败",
        [StepFailed] = "操作失败",
        [ComplaintStep] = "投诉办理",
        [ComplainantRevealed] = "查看投诉人信息",
        [ComplaintThrottled] = "投诉限流",
        [EnterpriseActivated] = "企业账号激活",
        [EnterpriseActivationFailed] = "企业账号激活失败",
    };

    public static IReadOnlyCollection<string> All => Names.Keys;

    public static string DisplayName(string action) => Names.TryGetValue(action, out var name) ? name : action;
}
