# escape=`
# A Windows image: backtick continuations, PowerShell as the shell, backslashes in paths.

FROM mcr.microsoft.com/windows/servercore:ltsc2022

SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]

ENV TOOL_VERSION 2.4.1
ENV TOOL_HOME C:\tools\sample

RUN $url = ('https://example.com/tool/{0}/tool.zip' -f $env:TOOL_VERSION); `
    Write-Host ('Downloading {0}' -f $url); `
# a comment line in the middle of the continuation is dropped
    Invoke-WebRequest -Uri $url -OutFile tool.zip; `

    Expand-Archive tool.zip -DestinationPath $env:TOOL_HOME; `
    Remove-Item tool.zip -Force

WORKDIR C:\app
COPY app\ C:\app\
CMD ["C:\\tools\\sample\\tool.exe", "serve"]
