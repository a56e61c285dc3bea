# escape=`
FROM mcr.microsoft.com/windows/servercore
RUN Write-Host `
    'C:\path\' ; `
    dir c:\
COPY . C:\app\
