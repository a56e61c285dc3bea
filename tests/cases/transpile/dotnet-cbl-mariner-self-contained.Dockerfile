# CBL-Mariner 2.0: self-contained output runs on runtime-deps of the same tag
FROM mcr.microsoft.com/dotnet/sdk:6.0-cbl-mariner2.0
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -r linux-x64 --self-contained true -o /app
WORKDIR /app
ENTRYPOINT ["/app/Tool"]
