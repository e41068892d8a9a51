var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "29224",
        "ok": "29224",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "1",
        "ok": "1",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "12088",
        "ok": "12088",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1205",
        "ok": "1205",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "689",
        "ok": "689",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1185",
        "ok": "1185",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1618",
        "ok": "1618",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2222",
        "ok": "2222",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2697",
        "ok": "2697",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 8921,
    "percentage": 30.52627977005201
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 6026,
    "percentage": 20.62003832466466
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 14277,
    "percentage": 48.85368190528333
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "221.39",
        "ok": "221.39",
        "ko": "-"
    }
},
contents: {
"group_push-3452698": {
          type: "GROUP",
name: "push",
path: "push",
pathFormatted: "group_push-3452698",
stats: {
    "name": "push",
    "numberOfRequests": {
        "total": "732",
        "ok": "732",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "31",
        "ok": "31",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "22132",
        "ok": "22132",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "6859",
        "ok": "6859",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "4919",
        "ok": "4919",
        "ko": "-"
    },
    "percentiles1": {
        "total": "7362",
        "ok": "7362",
        "ko": "-"
    },
    "percentiles2": {
        "total": "10446",
        "ok": "10446",
        "ko": "-"
    },
    "percentiles3": {
        "total": "14893",
        "ok": "14893",
        "ko": "-"
    },
    "percentiles4": {
        "total": "19351",
        "ok": "19351",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 8,
    "percentage": 1.092896174863388
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 11,
    "percentage": 1.5027322404371584
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 713,
    "percentage": 97.40437158469946
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "5.55",
        "ok": "5.55",
        "ko": "-"
    }
},
contents: {
"req_push--container--69030719": {
        type: "REQUEST",
        name: "push: container",
path: "push / push: container",
pathFormatted: "req_push---push--co--958444726",
stats: {
    "name": "push: container",
    "numberOfRequests": {
        "total": "732",
        "ok": "732",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "4",
        "ok": "4",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2799",
        "ok": "2799",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1111",
        "ok": "1111",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "586",
        "ok": "586",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1131",
        "ok": "1131",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1481",
        "ok": "1481",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2161",
        "ok": "2161",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2465",
        "ok": "2465",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 249,
    "percentage": 34.01639344262295
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 173,
    "percentage": 23.633879781420767
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 310,
    "percentage": 42.349726775956285
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "5.55",
        "ok": "5.55",
        "ko": "-"
    }
}
    },"req_push--image--795465317": {
        type: "REQUEST",
        name: "push: image",
path: "push / push: image",
pathFormatted: "req_push---push--im-2142336164",
stats: {
    "name": "push: image",
    "numberOfRequests": {
        "total": "726",
        "ok": "726",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "11",
        "ok": "11",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2956",
        "ok": "2956",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1147",
        "ok": "1147",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "594",
        "ok": "594",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1149",
        "ok": "1149",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1539",
        "ok": "1539",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2191",
        "ok": "2190",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2565",
        "ok": "2565",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 251,
    "percentage": 34.57300275482093
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 139,
    "percentage": 19.146005509641874
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 336,
    "percentage": 46.28099173553719
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "5.5",
        "ok": "5.5",
        "ko": "-"
    }
}
    },"req_push--upload-ur-1765122672": {
        type: "REQUEST",
        name: "push: upload URL",
path: "push / push: upload URL",
pathFormatted: "req_push---push--up--36907769",
stats: {
    "name": "push: upload URL",
    "numberOfRequests": {
        "total": "400",
        "ok": "400",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "128",
        "ok": "128",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2543",
        "ok": "2543",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1464",
        "ok": "1464",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "431",
        "ok": "431",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1362",
        "ok": "1362",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1792",
        "ok": "1792",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2210",
        "ok": "2210",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2497",
        "ok": "2497",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 12,
    "percentage": 3.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 110,
    "percentage": 27.500000000000004
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 278,
    "percentage": 69.5
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.03",
        "ok": "3.03",
        "ko": "-"
    }
}
    },"req_push--upload-1457034689": {
        type: "REQUEST",
        name: "push: upload",
path: "push / push: upload",
pathFormatted: "req_push---push--up--1960399912",
stats: {
    "name": "push: upload",
    "numberOfRequests": {
        "total": "400",
        "ok": "400",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "708",
        "ok": "708",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "12088",
        "ok": "12088",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "3097",
        "ok": "3097",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "2104",
        "ok": "2104",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2262",
        "ok": "2260",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3953",
        "ok": "3953",
        "ko": "-"
    },
    "percentiles3": {
        "total": "7354",
        "ok": "7354",
        "ko": "-"
    },
    "percentiles4": {
        "total": "10565",
        "ok": "10565",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 3,
    "percentage": 0.75
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 19,
    "percentage": 4.75
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 378,
    "percentage": 94.5
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.03",
        "ok": "3.03",
        "ko": "-"
    }
}
    },"req_push--complete--2112435975": {
        type: "REQUEST",
        name: "push: complete",
path: "push / push: complete",
pathFormatted: "req_push---push--co--617106096",
stats: {
    "name": "push: complete",
    "numberOfRequests": {
        "total": "400",
        "ok": "400",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "167",
        "ok": "167",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2871",
        "ok": "2871",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1446",
        "ok": "1446",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "397",
        "ok": "397",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1373",
        "ok": "1373",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1740",
        "ok": "1740",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2155",
        "ok": "2155",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2461",
        "ok": "2461",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 6,
    "percentage": 1.5
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 119,
    "percentage": 29.75
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 275,
    "percentage": 68.75
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.03",
        "ok": "3.03",
        "ko": "-"
    }
}
    },"req_push--tag--805285926": {
        type: "REQUEST",
        name: "push: tag",
path: "push / push: tag",
pathFormatted: "req_push---push--ta--1034630877",
stats: {
    "name": "push: tag",
    "numberOfRequests": {
        "total": "720",
        "ok": "720",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "12",
        "ok": "12",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "3370",
        "ok": "3370",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1350",
        "ok": "1350",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "604",
        "ok": "604",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1370",
        "ok": "1370",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1755",
        "ok": "1755",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2387",
        "ok": "2386",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2634",
        "ok": "2634",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 193,
    "percentage": 26.805555555555554
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 101,
    "percentage": 14.027777777777779
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 426,
    "percentage": 59.166666666666664
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "5.45",
        "ok": "5.45",
        "ko": "-"
    }
}
    }
}

     },"req_anonymous-looku-1023686797": {
        type: "REQUEST",
        name: "anonymous lookup",
path: "anonymous lookup",
pathFormatted: "req_anonymous-looku-1023686797",
stats: {
    "name": "anonymous lookup",
    "numberOfRequests": {
        "total": "16547",
        "ok": "16547",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "1",
        "ok": "1",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2913",
        "ok": "2913",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1134",
        "ok": "1134",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "591",
        "ok": "591",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1145",
        "ok": "1145",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1555",
        "ok": "1555",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2119",
        "ok": "2119",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2425",
        "ok": "2425",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 5409,
    "percentage": 32.68870490119055
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 3584,
    "percentage": 21.65951531999758
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 7554,
    "percentage": 45.65177977881187
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "125.36",
        "ok": "125.36",
        "ko": "-"
    }
}
    },"req_token-lookup--1551966847": {
        type: "REQUEST",
        name: "token lookup",
path: "token lookup",
pathFormatted: "req_token-lookup--1551966847",
stats: {
    "name": "token lookup",
    "numberOfRequests": {
        "total": "3585",
        "ok": "3585",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "2",
        "ok": "2",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2820",
        "ok": "2820",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1134",
        "ok": "1134",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "586",
        "ok": "586",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1148",
        "ok": "1148",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1543",
        "ok": "1543",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2105",
        "ok": "2105",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2429",
        "ok": "2429",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1188,
    "percentage": 33.13807531380753
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 762,
    "percentage": 21.25523012552301
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1635,
    "percentage": 45.60669456066946
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "27.16",
        "ok": "27.16",
        "ko": "-"
    }
}
    },"req_pull-3452485": {
        type: "REQUEST",
        name: "pull",
path: "pull",
pathFormatted: "req_pull-3452485",
stats: {
    "name": "pull",
    "numberOfRequests": {
        "total": "2857",
        "ok": "2857",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "5",
        "ok": "5",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2896",
        "ok": "2896",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1245",
        "ok": "1245",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "621",
        "ok": "621",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1241",
        "ok": "1241",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1678",
        "ok": "1678",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2293",
        "ok": "2293",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2581",
        "ok": "2581",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 877,
    "percentage": 30.69653482674134
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 444,
    "percentage": 15.540777038851944
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1536,
    "percentage": 53.76268813440672
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "21.64",
        "ok": "21.64",
        "ko": "-"
    }
}
    },"req_pull-redirect-1--765801016": {
        type: "REQUEST",
        name: "pull Redirect 1",
path: "pull Redirect 1",
pathFormatted: "req_pull-redirect-1--765801016",
stats: {
    "name": "pull Redirect 1",
    "numberOfRequests": {
        "total": "2857",
        "ok": "2857",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "2",
        "ok": "2",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4576",
        "ok": "4576",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1336",
        "ok": "1336",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "712",
        "ok": "712",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1274",
        "ok": "1274",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1814",
        "ok": "1814",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2529",
        "ok": "2529",
        "ko": "-"
    },
    "percentiles4": {
        "total": "3248",
        "ok": "3248",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 733,
    "percentage": 25.656282814140706
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 575,
    "percentage": 20.126006300315016
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1549,
    "percentage": 54.21771088554428
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "21.64",
        "ok": "21.64",
        "ko": "-"
    }
}
    }
}

}

function fillStats(stat){
    $("#numberOfRequests").append(stat.numberOfRequests.total);
    $("#numberOfRequestsOK").append(stat.numberOfRequests.ok);
    $("#numberOfRequestsKO").append(stat.numberOfRequests.ko);

    $("#minResponseTime").append(stat.minResponseTime.total);
    $("#minResponseTimeOK").append(stat.minResponseTime.ok);
    $("#minResponseTimeKO").append(stat.minResponseTime.ko);

    $("#maxResponseTime").append(stat.maxResponseTime.total);
    $("#maxResponseTimeOK").append(stat.maxResponseTime.ok);
    $("#maxResponseTimeKO").append(stat.maxResponseTime.ko);

    $("#meanResponseTime").append(stat.meanResponseTime.total);
    $("#meanResponseTimeOK").append(stat.meanResponseTime.ok);
    $("#meanResponseTimeKO").append(stat.meanResponseTime.ko);

    $("#standardDeviation").append(stat.standardDeviation.total);
    $("#standardDeviationOK").append(stat.standardDeviation.ok);
    $("#standardDeviationKO").append(stat.standardDeviation.ko);

    $("#percentiles1").append(stat.percentiles1.total);
    $("#percentiles1OK").append(stat.percentiles1.ok);
    $("#percentiles1KO").append(stat.percentiles1.ko);

    $("#percentiles2").append(stat.percentiles2.total);
    $("#percentiles2OK").append(stat.percentiles2.ok);
    $("#percentiles2KO").append(stat.percentiles2.ko);

    $("#percentiles3").append(stat.percentiles3.total);
    $("#percentiles3OK").append(stat.percentiles3.ok);
    $("#percentiles3KO").append(stat.percentiles3.ko);

    $("#percentiles4").append(stat.percentiles4.total);
    $("#percentiles4OK").append(stat.percentiles4.ok);
    $("#percentiles4KO").append(stat.percentiles4.ko);

    $("#meanNumberOfRequestsPerSecond").append(stat.meanNumberOfRequestsPerSecond.total);
    $("#meanNumberOfRequestsPerSecondOK").append(stat.meanNumberOfRequestsPerSecond.ok);
    $("#meanNumberOfRequestsPerSecondKO").append(stat.meanNumberOfRequestsPerSecond.ko);
}
