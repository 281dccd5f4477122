using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>
/// The bytes of the protocol, for tests of malformed input: StreamJsonRpc's own client drops its
/// connection when it gets the error a malformed message deserves (a response with id null), so these
/// tests frame and read messages themselves.
/// </summary>
internal sealed class RawLspConnection : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;

    public RawLspConnection(string currentDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = currentDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "stmtlint.dll"));
        start.ArgumentList.Add("lsp");
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _input = _process.StandardInput.BaseStream;
        _output = _process.StandardOutput.BaseStream;
    }

    public void Send(string body, string? header = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        _input.Write(Encoding.ASCII.GetBytes(header ?? $"Content-Length: {bytes.Length}\r\n\r\n"));
        _input.Write(bytes);
        _input.Flush();
    }

    /// <summary>The next message that is a response (has an id, and no method), skipping notifications.</summary>
    public JsonElement NextResponse()
    {
        while (true)
        {
            var message = Read();
            if (!message.TryGetProperty("method", out _))
            {
                return message;
            }
        }
    }

    /// <summary>The next message whose method is <paramref name="method"/>.</summary>
    public JsonElement Next(string method)
    {
        while (true)
        {
            var message = Read();
            if (message.TryGetProperty("method", out var name) && name.GetString() == method)
            {
                return message;
            }
        }
    }

    public int Exit()
    {
        Send("""{"jsonrpc":"2.0","id":900,"method":"shutdown"}""");
        NextResponse();
        Send("""{"jsonrpc":"2.0","method":"exit"}""");
        Assert.True(_process.WaitForExit(TimeSpan.FromSeconds(60)), "the server did not exit");
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private JsonElement Read()
    {
        var length = -1;
        while (true)
        {
            var line = ReadLine();
            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        _output.ReadExactly(body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private string ReadLine()
    {
        var line = new StringBuilder();
        while (true)
        {
            var b = _output.ReadByte();
            if (b < 0)
            {
                throw new EndOfStreamException("the server closed its output");
            }

            if (b == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)b);
        }
    }
}
