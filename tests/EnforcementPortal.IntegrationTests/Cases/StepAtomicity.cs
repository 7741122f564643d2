using System.Data.Common;
using System.Net;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.IntegrationTests.Cases;

/// <summary>Fails the database write of a step after its statements have run, inside the transaction.</summary>
public sealed class FailingTimelineWrite : DbCommandInterceptor
{
    public bool Armed { get; set; }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Armed && command.CommandText.Contains("\"CaseEvents\"", StringComparison.Ordinal) && command.CommandText.Contains("INSERT", StringComparison.Ordinal))
        {
            result.Dispose();
            throw new InvalidOperationException("Injected failure after the case's rows were written.");
        }

        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ReaderExecuted(command, eventData, result));
}

public sealed class FailingPortalFactory : PortalFactory
{
    public FailingTimelineWrite Failure { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Failure));
}

/// <summary>A step that writes several rows (reply, evidence, timeline, case) is all or nothing.</summary>
public sealed class StepAtomicity(FailingPortalFactory factory) : IClassFixture<FailingPortalFactory>
{
    [Fact]
    public async Task FailureInTheMiddleOfAStepLeavesTheCaseAsItWasAndNoFilesBehind()
    {
        var ct = TestContext.Current.CancellationToken;
        _ = factory.Server;
        Guid id;
        int version, events;
        await using (var db = factory.CreateDbContext())
        {
            var target = await db.Cases.FirstAsync(c => c.Department == DepartmentCode.Housing && c.State == CaseState.Rectifying, ct);
            (id, version, events) = (target.Id, target.Version, target.Events.Count);
        }

        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var token = (await officer.GetPageAsync($"/Cases/Details/{id}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Reply.Version" },
            { new StringContent(factory.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "Reply.ReceivedOn" },
            { new StringContent("Statement"), "Reply.Kind" },
            { new StringContent("已整改完毕。"), "Reply.Content" },
            { new ByteArrayContent(CaseSteps.TinyPng) { Headers = { ContentType = new("image/png") } }, "Reply.Files", "整改后.png" },
        };

        // The demo data holds issued documents of its own; the failed step must add no file to them.
        string[] Files() => Directory.Exists(factory.FilesRoot) ? Directory.GetFiles(factory.FilesRoot, "*", SearchOption.AllDirectories) : [];
        var before = Files();
        factory.Failure.Armed = true;
        HttpResponseMessage response;
        try
        {
            response = await officer.Http.PostAsync(new Uri($"/Cases/{id}/RecordReply", UriKind.Relative), form, ct);
        }
        finally
        {
            factory.Failure.Armed = false;
        }

        // The step's form comes back with a Chinese message (issue 15: a failed save is never a bare 500).
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await PortalClient.ParseAsync(response)).Body!.TextContent.ShouldContain("保存失败");
        await using var after = factory.CreateDbContext();
        var unchanged = await after.Cases.SingleAsync(c => c.Id == id, ct);
        unchanged.State.ShouldBe(CaseState.Rectifying);
        unchanged.Version.ShouldBe(version);
        unchanged.Replies.ShouldBeEmpty();
        unchanged.Evidence.ShouldBeEmpty();
        unchanged.Events.Count.ShouldBe(events);
        Files().Except(before).ShouldBeEmpty();
    }
}
