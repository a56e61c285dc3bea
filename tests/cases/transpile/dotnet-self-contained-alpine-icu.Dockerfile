FROM mcr.microsoft.com/dotnet/sdk:8.0-alpine
RUN apk add --no-cache bash
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -r linux-musl-x64 --self-contained -p:PublishSingleFile=true -o out
CMD ["./out/Tool"]
