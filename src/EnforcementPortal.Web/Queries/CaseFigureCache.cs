using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.Extensions.Caching.Memory;

namespace EnforcementPortal.Web.Queries;

/// <summary>
/// Keeps the leader's dashboard figures (open, overdue, pending and awaiting cases per department) for a few seconds.
/// They are counted from the index of open cases, which at a province's size holds tens of thousands of entries, on
/// every view of a page leaders keep open. The figures are recomputed from the records at the next request after any
/// save in this process (<see cref="CaseChangeSignal"/>), on a new day, and at the latest after
/// <c>Performance:FigureCacheSeconds</c> (default 10; 0 turns the cache off), which bounds how long another instance
/// of a scaled-out portal can show figures from before a step taken on this one.
/// </summary>
public sealed class CaseFigureCache(IMemoryCache cache, CaseChangeSignal changes, AppDbContext db, IConfiguration configuration)
{
    private readonly TimeSpan _lifetime = TimeSpan.FromSeconds(configuration.GetValue("Performance:FigureCacheSeconds", 10.0));

    public async Task<T> GetAsync<T>(string figure, DateOnly today, Func<Task<T>> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (_lifetime <= TimeSpan.Zero)
        {
            return await compute();
        }

        // The department scope is part of the key: a bureau-wide role and a department see different figures.
        var key = $"case-figures:{figure}:{string.Join(',', db.VisibleDepartments)}:{today:yyyy-MM-dd}:{changes.Version}";
        if (cache.TryGetValue(key, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await compute();
        cache.Set(key, value, _lifetime);
        return value;
    }
}
