using System.Security.Cryptography;
using System.Text;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.Infrastructure.Complaints;

/// <summary>A secret kept in the database, itself encrypted with ASP.NET Core Data Protection (whose keys are in the database too).</summary>
public sealed class ProtectedSecret
{
    public const int NameMaxLength = 64;
    public const int ValueMaxLength = 1000;

    public ProtectedSecret(string name, string protectedValue)
    {
        Name = name;
        ProtectedValue = protectedValue;
    }

    public string Name { get; private set; }

    public string ProtectedValue { get; private set; }
}

/// <summary>
/// The complainant's confidentiality (北京市房地产市场动态监管信息平台操作流程 五: 不得泄露……投诉举报人信息). Name and phone are
/// encrypted with ASP.NET Core Data Protection before they reach the aggregate; the phone and the query code are
/// hashed with HMAC-SHA256 under a key of the installation (kept in <see cref="ProtectedSecret"/>, generated on first use),
/// so a repeated caller is found, and a query code checked, without decrypting anything. Nothing here is logged.
/// </summary>
public sealed class ComplainantProtection(IDataProtectionProvider provider, IServiceScopeFactory scopes) : IDisposable
{
    public const string HashKeyName = "complaints.hmac.v1";
    private const string Purpose = "EnforcementPortal.Complaints.Complainant.v1";
    private const string SecretPurpose = "EnforcementPortal.ProtectedSecrets.v1";

    /// <summary>Query codes avoid look-alike characters (0/O, 1/I/L).</summary>
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int CodeLength = 10;

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _hashKey;

    public async Task<ProtectedComplainant> ProtectAsync(string? name, string? phone, CancellationToken cancellationToken)
    {
        var cleanName = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        var cleanPhone = string.IsNullOrWhiteSpace(phone) ? null : ComplainantPrivacy.NormalizePhone(phone);
        if (string.IsNullOrEmpty(cleanPhone))
        {
            cleanPhone = null;
        }

        return new ProtectedComplainant(
            cleanName is null ? null : _protector.Protect(cleanName),
            cleanPhone is null ? null : _protector.Protect(cleanPhone),
            cleanPhone is null ? null : await HashAsync("phone:" + cleanPhone, cancellationToken));
    }

    /// <summary>The keyed hash a phone is searched by (duplicates from the same caller).</summary>
    public async Task<string?> PhoneHashAsync(string? phone, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(phone) ? null : await HashAsync("phone:" + ComplainantPrivacy.NormalizePhone(phone), cancellationToken);

    public string? RevealName(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return complaint.ComplainantNameCipher is { } cipher ? _protector.Unprotect(cipher) : null;
    }

    public string? RevealPhone(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return complaint.ComplainantPhoneCipher is { } cipher ? _protector.Unprotect(cipher) : null;
    }

    /// <summary>A fresh private query code for the complainant: shown once, stored only as its keyed hash.</summary>
    public static string NewQueryCode() => RandomNumberGenerator.GetString(CodeAlphabet, CodeLength);

    public Task<string> HashQueryCodeAsync(string receiptNumber, string code, CancellationToken cancellationToken) =>
        HashAsync($"code:{receiptNumber.Trim().ToUpperInvariant()}:{code.Trim().ToUpperInvariant()}", cancellationToken);

    /// <summary>Whether <paramref name="code"/> is the complaint's query code (compared in constant time).</summary>
    public async Task<bool> QueryCodeMatchesAsync(Complaint complaint, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        if (string.IsNullOrWhiteSpace(code) || code.Trim().Length > 64)
        {
            return false;
        }

        var hash = await HashQueryCodeAsync(complaint.ReceiptNumber, code, cancellationToken);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(complaint.QueryCodeHash));
    }

    public void Dispose() => _gate.Dispose();

    private async Task<string> HashAsync(string value, CancellationToken cancellationToken)
    {
        var key = await HashKeyAsync(cancellationToken);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value)));
    }

    private async Task<byte[]> HashKeyAsync(CancellationToken cancellationToken)
    {
        if (_hashKey is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_hashKey is { } again)
            {
                return again;
            }

            var secrets = provider.CreateProtector(SecretPurpose);
            for (var attempt = 0; ; attempt++)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var stored = await db.ProtectedSecrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == HashKeyName, cancellationToken);
                if (stored is not null)
                {
                    _hashKey = Convert.FromBase64String(secrets.Unprotect(stored.ProtectedValue));
                    return _hashKey;
                }

                var key = RandomNumberGenerator.GetBytes(32);
                db.ProtectedSecrets.Add(new ProtectedSecret(HashKeyName, secrets.Protect(Convert.ToBase64String(key))));
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    _hashKey = key;
                    return key;
                }
                catch (DbUpdateException) when (attempt < 3)
                {
                    // Another instance stored its key first: read that one.
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
