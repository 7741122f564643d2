using System.Globalization;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure;
using EnforcementPortal.Infrastructure.Documents;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Seeding;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.Statistics;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;

namespace EnforcementPortal.Web;

/// <summary>The composition of the web application, kept out of Program.cs so tests compose it the same way.</summary>
public static class PortalSetup
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-CN");

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Host.UseSerilog((context, services, logger) => logger
            .ReadFrom.Configuration(context.Configuration)
            .Enrich.FromLogContext()
            // The request thread only queues the event; one background thread formats and writes it (console and file), so
            // a request never waits on log I/O. The queue holds 10 000 events and then makes the writer wait rather than
            // drop a line; Log.CloseAndFlushAsync in Program.cs writes what is queued at shutdown.
            .WriteTo.Async(
                sinks =>
                {
                    sinks.Console(formatProvider: CultureInfo.InvariantCulture, outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}");
                    sinks.File(
                        new Serilog.Formatting.Compact.CompactJsonFormatter(),
                        Path.Combine(context.HostingEnvironment.ContentRootPath, context.Configuration["Logging:FilePath"] ?? "logs/portal-.json"),
                        rollingInterval: RollingInterval.Day,
                        retainedFileCountLimit: context.Configuration.GetValue("Logging:RetainedDays", 190));
                },
                blockWhenFull: true));

        ProductionSettings.Validate(builder.Configuration, builder.Environment);
        var services = builder.Services;
        services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddCaseDocuments();
        services.AddHttpContextAccessor();
        services.AddScoped<IDepartmentScope, HttpDepartmentScope>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<EnforcementPortal.Web.Queries.CaseQueries>();
        services.AddScoped<EnforcementPortal.Web.Queries.CaseFigureCache>();
        services.AddScoped<EnforcementPortal.Web.Services.CasePageBuilder>();
        services.AddScoped<EnforcementPortal.Web.Services.StaffDirectory>();
        services.AddScoped<EnforcementPortal.Web.Services.EvidenceUploads>();
        services.AddPortalServices();
        services.AddScoped<EnforcementPortal.Web.Services.EvidenceIntegrity>();
        services.AddSingleton<EnforcementPortal.Web.Services.EvidenceMatches>();
        services.AddComplaints();
        services.AddOfficerSupervision();
        services.AddSupervision(builder.Configuration);
        services.AddEnterprisePortal();
        services.AddStatisticsPages();
        PublicStatisticsCache.AddSharedStore(services, builder.Configuration);
        services.AddOutputCache(PublicStatisticsCache.Configure);

        services.AddIdentity<AppUser, IdentityRole<Guid>>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = builder.Configuration.GetValue("Security:MaxFailedAccessAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(builder.Configuration.GetValue("Security:LockoutMinutes", 15));
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddUserManager<PortalUserManager>()
            .AddDefaultTokenProviders();
        services.Replace(ServiceDescriptor.Scoped<IUserStore<AppUser>, PortalUserStore>());
        services.AddSingleton<PasswordAge>();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "EnforcementPortal.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            SessionLimits.Apply(options, builder.Configuration);
        });
        // Role, department and the active flag live in the sign-in cookie. The security stamp is checked against the
        // database at an interval; a stamp this process has renewed since (SecurityStampRevocations) is checked at once,
        // so a user moved, demoted, deactivated or signed out still loses the old access at their next click.
        services.AddSingleton<SecurityStampRevocations>();
        services.Configure<SecurityStampValidatorOptions>(o =>
            o.ValidationInterval = TimeSpan.FromSeconds(builder.Configuration.GetValue(
                "Security:StampValidationSeconds",
                // Several instances (they share Redis) see each other's stamp changes only in the database: check it on every request.
                string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Redis")) ? 60 : 0)));
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });
        services.AddDataProtection().PersistKeysToDbContext<AppDbContext>().SetApplicationName("EnforcementPortal");

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.CaseReaders, p => p.RequireRole(StaffRoles.Officer, StaffRoles.SectionChief, StaffRoles.LegalReviewer, StaffRoles.BureauLeader))
            .AddPolicy(Policies.CaseWorkers, p => p.RequireRole(StaffRoles.Officer, StaffRoles.SectionChief))
            .AddPolicy(Policies.Chiefs, p => p.RequireRole(StaffRoles.SectionChief))
            .AddPolicy(Policies.TransferApprovers, p => p.RequireRole(StaffRoles.SectionChief, StaffRoles.BureauLeader))
            .AddPolicy(Policies.Administrators, p => p.RequireRole(StaffRoles.Administrator))
            .AddPolicy(Policies.LegalReviewers, p => p.RequireRole(StaffRoles.LegalReviewer))
            .AddPolicy(Policies.ComplaintReaders, p => p.RequireRole(StaffRoles.ComplaintDispatcher, StaffRoles.Officer, StaffRoles.SectionChief, StaffRoles.LegalReviewer, StaffRoles.BureauLeader))
            .AddPolicy(Policies.ComplaintEntry, p => p.RequireRole(StaffRoles.ComplaintDispatcher, StaffRoles.Officer, StaffRoles.SectionChief))
            .AddPolicy(Policies.CaseFileReviewers, p => p.RequireRole(StaffRoles.LegalReviewer, StaffRoles.BureauLeader))
            .AddPolicy(Policies.Supervisors, p => p.RequireRole(StaffRoles.SectionChief, StaffRoles.BureauLeader))
            .AddPolicy(Policies.ReceivingBureau, p => p.RequireRole(StaffRoles.ReceivingBureau));

        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<DomainExceptionFilter>();
                options.Filters.Add<FluentValidationFilter>();
                options.Filters.Add<DeadlineWindowFilter>();
                options.Filters.Add<AuditFilter>();
                options.Filters.Add<PasswordExpiryFilter>();
                options.ModelValidatorProviders.Clear();
                options.ModelBinderProviders.Insert(0, new CheckboxModelBinderProvider());
                options.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => "此项为必填项。");
                options.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”不是有效的值。");
                options.ModelBindingMessageProvider.SetValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
                options.ModelBindingMessageProvider.SetMissingBindRequiredValueAccessor(field => $"请填写{field}。");
                options.ModelBindingMessageProvider.SetMissingKeyOrValueAccessor(() => "此项为必填项。");
                options.ModelBindingMessageProvider.SetUnknownValueIsInvalidAccessor(field => $"{field}的值无效。");
                options.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(field => $"{field}必须是数字。");
                options.ModelBindingMessageProvider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
                options.ModelBindingMessageProvider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "值无效。");
                options.ModelBindingMessageProvider.SetNonPropertyValueMustBeANumberAccessor(() => "必须是数字。");
            })
            // Validation runs on the server (FluentValidation); the forms carry no client-side validation attributes.
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false);
        services.AddAntiforgery(options =>
        {
            options.HeaderName = "X-CSRF-TOKEN";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

            // SecurityHeadersMiddleware sends X-Frame-Options: DENY (and frame-ancestors 'none') on every response.
            options.SuppressXFrameOptionsHeader = true;
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.ExcludedHosts.Clear();
        });
        services.AddValidatorsFromAssemblyContaining<CurrentUser>();
        ValidatorOptions.Global.LanguageManager.Culture = Culture;
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Culture);
            options.SupportedCultures = [Culture];
            options.SupportedUICultures = [Culture];
            options.RequestCultureProviders.Clear();
        });
        services.AddSignInRateLimit(builder.Configuration);
        services.AddHostedService<FileMaintenanceOnStart>();
        // A real query: for SQLite, "can connect" only checks that the file exists.
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", customTestQuery: (db, ct) => db.Departments.AnyAsync(ct));
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        CultureInfo.DefaultThreadCurrentCulture = Culture;
        CultureInfo.DefaultThreadCurrentUICulture = Culture;

        // Forwarded headers first: HSTS, the Secure flag of cookies and the client address of the audit log and of the
        // sign-in limit all depend on the scheme and address the proxy saw.
        if (app.Configuration.GetValue("Network:BehindProxy", false))
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error/500");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseSerilogRequestLogging(options =>
        {
            options.EnrichDiagnosticContext = (context, http) =>
            {
                context.Set("User", http.User.Identity?.Name ?? "(anonymous)");
                context.Set("CorrelationId", http.TraceIdentifier);
            };
        });
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<UserLogContextMiddleware>();
        app.UseMiddleware<EnterpriseConfinementMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();

        // After authentication: the output cache must know who is signed in, so that staff are never served (and never
        // fill) the anonymous copy of a public page. After routing: it reads the policy from the endpoint.
        app.UseOutputCache();
        app.MapHealthChecks("/healthz").AllowAnonymous();

        // Liveness: the process answers (no dependency checked, so a database outage does not get it restarted).
        // Readiness: the database answers; 503 otherwise, so a load balancer stops sending users to this instance.
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready").AllowAnonymous();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var configuration = app.Configuration;
        var startup = new DatabaseStartup(
            configuration.GetValue("Database:MigrateOnStart", true),
            configuration.GetValue("Database:SeedDemoData", false),
            configuration["Bootstrap:AdminUserName"],
            configuration.GetValue("Database:DemoCasesPerYear", DemoDataSeeder.DefaultCasesPerYear));
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync(startup, app.Lifetime.ApplicationStopping);
    }
}

/// <summary>Names of the authorization policies.</summary>
public static class Policies
{
    /// <summary>May read cases (scoped to their department, or all for leaders and legal reviewers).</summary>
    public const string CaseReaders = nameof(CaseReaders);

    /// <summary>May act on cases of their department.</summary>
    public const string CaseWorkers = nameof(CaseWorkers);

    public const string Chiefs = nameof(Chiefs);

    /// <summary>May approve or return a transfer: a section chief of the department, or the bureau leader (回避).</summary>
    public const string TransferApprovers = nameof(TransferApprovers);

    public const string Administrators = nameof(Administrators);

    /// <summary>May record a 法制审核 opinion on any department's case: the bureau's legal reviewers (法制审核员).</summary>
    public const string LegalReviewers = nameof(LegalReviewers);

    /// <summary>May read complaints: the dispatcher and everyone who reads cases (each sees what <c>ComplaintAccess</c> allows).</summary>
    public const string ComplaintReaders = nameof(ComplaintReaders);

    /// <summary>May enter a complaint from another channel: the dispatcher, officers and chiefs (部门自查发现).</summary>
    public const string ComplaintEntry = nameof(ComplaintEntry);

    /// <summary>案卷评查: draw campaigns and score files — the legal reviewers and the bureau leader.</summary>
    public const string CaseFileReviewers = nameof(CaseFileReviewers);
    /// <summary>May read the 督办 list and issue a 督办函 from it: a section chief (own department) or the bureau leader (all).</summary>
    public const string Supervisors = nameof(Supervisors);
    /// <summary>城市管理局联络员: the transfers sent to 伊宁市城市管理局 and nothing else.</summary>
    public const string ReceivingBureau = nameof(ReceivingBureau);
}
