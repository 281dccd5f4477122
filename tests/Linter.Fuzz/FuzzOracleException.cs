namespace Linter.Fuzz;

/// <summary>An input broke the parser's or the engine's contract without throwing on its own; the fuzzer counts it as a crash.</summary>
public sealed class FuzzOracleException : Exception
{
    public FuzzOracleException()
    {
    }

    public FuzzOracleException(string message)
        : base(message)
    {
    }

    public FuzzOracleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
