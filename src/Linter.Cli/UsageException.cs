namespace Linter.Cli;

/// <summary>A mistake of the person running the command: printed as one line, exit code 2, no stack trace.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
