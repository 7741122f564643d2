namespace EnforcementPortal.Domain.Common;

/// <summary>
/// A rule of the domain refused an operation. <see cref="Exception.Message"/> is the Chinese text shown to the user.
/// </summary>
public class DomainException : Exception
{
    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DomainException()
    {
    }
}

/// <summary>
/// The lifecycle does not permit the requested action in the case's current state (a stale page or a crafted request).
/// </summary>
public sealed class ActionNotPermittedException : DomainException
{
    public ActionNotPermittedException(string message, IReadOnlyList<string> unmetGuards)
        : base(message) => UnmetGuards = unmetGuards;

    public ActionNotPermittedException()
    {
        UnmetGuards = [];
    }

    public ActionNotPermittedException(string message)
        : base(message)
    {
        UnmetGuards = [];
    }

    public ActionNotPermittedException(string message, Exception innerException)
        : base(message, innerException)
    {
        UnmetGuards = [];
    }

    public IReadOnlyList<string> UnmetGuards { get; }
}
