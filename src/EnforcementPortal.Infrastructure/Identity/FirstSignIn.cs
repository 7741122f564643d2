namespace EnforcementPortal.Infrastructure.Identity;

/// <summary>The first administrator of a production install chooses its password at the first sign-in.</summary>
public static class FirstSignIn
{
    /// <summary>The user name of the first administrator when Bootstrap:AdminUserName is not set.</summary>
    public const string DefaultAdminUserName = "admin";

    /// <summary>Purpose of the one-time code the start-up writes to the server log.</summary>
    public const string TokenPurpose = "FirstSignIn";
}
