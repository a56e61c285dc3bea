# escape=`
FROM mcr.microsoft.com/windows/servercore
SHELL ["powershell", "-Command"]
run Write-Host hello `
      world
COPY  C:\src  C:\dst\
ENV DIR C:\Program Files\app
WORKDIR C:\app\
